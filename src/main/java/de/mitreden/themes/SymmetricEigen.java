package de.mitreden.themes;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: exact enough and short
 * for the l x l matrices (l ≈ 110) of the randomised SVD, where a linear-algebra library would be the only
 * reason for a dependency.
 */
final class SymmetricEigen {

	/** Eigenvalues, largest first. */
	final double[] values;

	/** vectors[k] is the unit eigenvector of values[k]. */
	final double[][] vectors;

	private SymmetricEigen(double[] values, double[][] vectors) {
		this.values = values;
		this.vectors = vectors;
	}

	static SymmetricEigen of(double[][] symmetric) {
		int n = symmetric.length;
		double[][] a = new double[n][];
		double[][] v = new double[n][n];
		for (int i = 0; i < n; i++) {
			a[i] = symmetric[i].clone();
			v[i][i] = 1;
		}
		for (int sweep = 0; sweep < 100 && offDiagonal(a) > 1e-22 * (1 + trace(a) * trace(a)); sweep++) {
			for (int p = 0; p < n - 1; p++) {
				for (int q = p + 1; q < n; q++) {
					rotate(a, v, p, q);
				}
			}
		}
		return sorted(a, v);
	}

	private static void rotate(double[][] a, double[][] v, int p, int q) {
		double apq = a[p][q];
		if (Math.abs(apq) < 1e-300) {
			return;
		}
		double theta = (a[q][q] - a[p][p]) / (2 * apq);
		double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
		if (theta == 0) {
			t = 1;
		}
		double c = 1 / Math.sqrt(t * t + 1);
		double s = t * c;
		int n = a.length;
		for (int k = 0; k < n; k++) {
			double akp = a[k][p];
			double akq = a[k][q];
			a[k][p] = c * akp - s * akq;
			a[k][q] = s * akp + c * akq;
		}
		for (int k = 0; k < n; k++) {
			double apk = a[p][k];
			double aqk = a[q][k];
			a[p][k] = c * apk - s * aqk;
			a[q][k] = s * apk + c * aqk;
		}
		for (int k = 0; k < n; k++) {
			double vkp = v[k][p];
			double vkq = v[k][q];
			v[k][p] = c * vkp - s * vkq;
			v[k][q] = s * vkp + c * vkq;
		}
	}

	private static double offDiagonal(double[][] a) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a.length; j++) {
				if (i != j) {
					sum += a[i][j] * a[i][j];
				}
			}
		}
		return sum;
	}

	private static double trace(double[][] a) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += Math.abs(a[i][i]);
		}
		return sum;
	}

	private static SymmetricEigen sorted(double[][] a, double[][] v) {
		int n = a.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
		double[] values = new double[n];
		double[][] vectors = new double[n][n];
		for (int k = 0; k < n; k++) {
			values[k] = a[order[k]][order[k]];
			for (int i = 0; i < n; i++) {
				vectors[k][i] = v[i][order[k]];
			}
		}
		return new SymmetricEigen(values, vectors);
	}

}
