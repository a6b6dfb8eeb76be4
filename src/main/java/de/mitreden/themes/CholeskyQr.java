package de.mitreden.themes;

import java.util.stream.IntStream;

/**
 * Orthonormal columns for the randomised SVD of {@link Lsa}: Cholesky QR, with modified Gram-Schmidt where the
 * columns are (nearly) dependent. Matrices are row-major {@code double[rows][columns]}.
 */
final class CholeskyQr {

	private CholeskyQr() {
	}

	/**
	 * The Gram matrix of the given columns, on two threads: row i of the upper triangle goes with row l - 1 - i,
	 * so both halves of the work are the same size.
	 */
	private static double[][] gramOfColumns(double[][] columns) {
		int l = columns.length;
		double[][] gram = new double[l][l];
		IntStream.range(0, (l + 1) / 2).parallel().forEach(pair -> {
			gramRow(columns, gram, pair);
			if (l - 1 - pair != pair) {
				gramRow(columns, gram, l - 1 - pair);
			}
		});
		return gram;
	}

	private static void gramRow(double[][] columns, double[][] gram, int i) {
		for (int j = i; j < columns.length; j++) {
			gram[i][j] = Vectors.dot(columns[i], columns[j]);
			gram[j][i] = gram[i][j];
		}
	}

	static double[][] columns(double[][] m, int cols) {
		double[][] columns = new double[cols][m.length];
		for (int r = 0; r < m.length; r++) {
			for (int c = 0; c < cols; c++) {
				columns[c][r] = m[r][c];
			}
		}
		return columns;
	}

	/**
	 * Orthonormal columns in place by Cholesky QR (Q = Y R^-1 with R^T R = Y^T Y): a Gram matrix and a triangular
	 * solve per row, all of it on two threads. For the basis that is kept ({@code twice}) a second pass repairs what
	 * the first lost to rounding; the steps in between only need to keep the directions apart. When Y is (nearly)
	 * rank-deficient the Cholesky factor breaks down, and modified Gram-Schmidt does it instead.
	 */
	static void orthonormalise(double[][] m, int cols, boolean twice) {
		for (int pass = 0; pass < (twice ? 2 : 1); pass++) {
			double[][] r = cholesky(gramOfColumns(columns(m, cols)));
			if (r == null) {
				gramSchmidt(m, cols);
				return;
			}
			solveRows(m, r);
		}
	}

	/** Below this pivot (relative to the largest diagonal entry) the columns count as dependent. */
	private static final double MIN_PIVOT = 1e-10;

	/** Upper triangular R with R^T R = G, or null if G is not clearly positive definite. */
	private static double[][] cholesky(double[][] g) {
		int l = g.length;
		double largest = 0;
		for (int i = 0; i < l; i++) {
			largest = Math.max(largest, g[i][i]);
		}
		double[][] r = new double[l][l];
		for (int j = 0; j < l; j++) {
			double pivot = g[j][j];
			for (int k = 0; k < j; k++) {
				pivot -= r[k][j] * r[k][j];
			}
			if (!(pivot > MIN_PIVOT * largest)) {
				return null;
			}
			r[j][j] = Math.sqrt(pivot);
			for (int i = j + 1; i < l; i++) {
				double sum = g[j][i];
				for (int k = 0; k < j; k++) {
					sum -= r[k][j] * r[k][i];
				}
				r[j][i] = sum / r[j][j];
			}
		}
		return r;
	}

	/**
	 * Every row y of m becomes y R^-1 (forward substitution: q R = y, R's columns read as contiguous rows of its
	 * transpose), rows on two threads.
	 */
	private static void solveRows(double[][] m, double[][] r) {
		int l = r.length;
		double[][] columns = columns(r, l);
		IntStream.range(0, m.length).parallel().forEach(row -> {
			double[] y = m[row];
			for (int j = 0; j < l; j++) {
				y[j] = (y[j] - prefixDot(y, columns[j], j)) / columns[j][j];
			}
		});
	}

	/** The dot product of the first {@code length} entries, with four running sums as {@link Vectors#dot}. */
	private static double prefixDot(double[] a, double[] b, int length) {
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		int i = 0;
		for (int end = length - 3; i < end; i += 4) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
		}
		for (; i < length; i++) {
			s0 += a[i] * b[i];
		}
		return (s0 + s1) + (s2 + s3);
	}

	/** Modified Gram-Schmidt on a column-major copy (contiguous dot products). Zero columns stay zero. */
	private static void gramSchmidt(double[][] m, int cols) {
		double[][] columns = columns(m, cols);
		for (int c = 0; c < cols; c++) {
			double[] column = columns[c];
			for (int p = 0; p < c; p++) {
				double[] previous = columns[p];
				double dot = Vectors.dot(column, previous);
				for (int r = 0; r < column.length; r++) {
					column[r] -= dot * previous[r];
				}
			}
			double norm = Vectors.dot(column, column);
			double scale = (norm > 1e-20) ? 1 / Math.sqrt(norm) : 0;
			for (int r = 0; r < column.length; r++) {
				column[r] *= scale;
			}
		}
		for (int r = 0; r < m.length; r++) {
			for (int c = 0; c < cols; c++) {
				m[r][c] = columns[c][r];
			}
		}
	}

}
