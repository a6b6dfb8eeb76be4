package de.mitreden.themes;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix: Householder reduction to tridiagonal form, then the
 * implicit QL algorithm with Wilkinson shifts (the EISPACK routines tred2 and tql2, as in JAMA). For the l x l
 * matrices (l ≈ 110) of the randomised SVD this takes about 1 ms where cyclic Jacobi rotations took 18 ms; a
 * linear-algebra library would be the only reason for a dependency.
 */
final class SymmetricEigen {

	private static final double EPSILON = Math.ulp(1.0);

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
		double[][] v = new double[n][];
		for (int i = 0; i < n; i++) {
			v[i] = symmetric[i].clone();
		}
		double[] d = new double[n];
		double[] e = new double[n];
		if (n == 0) {
			return new SymmetricEigen(d, v);
		}
		tridiagonalise(v, d, e);
		double[][] vectors = CholeskyQr.columns(v, n);
		diagonalise(vectors, d, e);
		return sorted(d, vectors);
	}

	/**
	 * Householder reduction: on return d holds the diagonal, e the subdiagonal (e[0] = 0) and v the orthogonal
	 * transformation. tred2 walks the lower triangle down its columns; here it works on the transpose (the input is
	 * symmetric, so that is the input itself) and walks along rows, which the JIT vectorises: the same sums in the
	 * same order, about four times faster for l ≈ 110. Row i of the transpose keeps step i's Householder vector,
	 * where tred2 keeps it in column i; {@link #accumulate} gets tred2's layout back.
	 */
	private static void tridiagonalise(double[][] v, double[] d, double[] e) {
		int n = d.length;
		double[][] t = v; // t[b][a] is tred2's v[a][b]
		for (int j = 0; j < n; j++) {
			d[j] = t[j][n - 1];
		}
		for (int i = n - 1; i > 0; i--) {
			double scale = 0;
			double h = 0;
			for (int k = 0; k < i; k++) {
				scale += Math.abs(d[k]);
			}
			if (scale == 0) {
				e[i] = d[i - 1];
				for (int j = 0; j < i; j++) {
					d[j] = t[j][i - 1];
					t[j][i] = 0;
					t[i][j] = 0;
				}
			}
			else {
				h = householder(t, d, e, i, scale);
			}
			d[i] = h;
		}
		transposeInPlace(t);
		accumulate(v, d, e);
	}

	/** One Householder step for row i of the transpose t; returns h, the squared norm scaled for the update. */
	private static double householder(double[][] t, double[] d, double[] e, int i, double scale) {
		double h = 0;
		for (int k = 0; k < i; k++) {
			d[k] /= scale;
			h += d[k] * d[k];
		}
		double f = d[i - 1];
		double g = (f > 0) ? -Math.sqrt(h) : Math.sqrt(h);
		e[i] = scale * g;
		h -= f * g;
		d[i - 1] = f - g;
		for (int j = 0; j < i; j++) {
			e[j] = 0;
		}
		for (int j = 0; j < i; j++) {
			f = d[j];
			double[] row = t[j];
			t[i][j] = f;
			g = e[j] + row[j] * f;
			for (int k = j + 1; k <= i - 1; k++) {
				g += row[k] * d[k];
			}
			for (int k = j + 1; k <= i - 1; k++) {
				e[k] += row[k] * f;
			}
			e[j] = g;
		}
		f = 0;
		for (int j = 0; j < i; j++) {
			e[j] /= h;
			f += e[j] * d[j];
		}
		double hh = f / (h + h);
		for (int j = 0; j < i; j++) {
			e[j] -= hh * d[j];
		}
		for (int j = 0; j < i; j++) {
			f = d[j];
			g = e[j];
			double[] row = t[j];
			for (int k = j; k <= i - 1; k++) {
				row[k] -= (f * e[k] + g * d[k]);
			}
			d[j] = row[i - 1];
			row[i] = 0;
		}
		return h;
	}

	private static void transposeInPlace(double[][] m) {
		for (int a = 0; a < m.length; a++) {
			for (int b = a + 1; b < m.length; b++) {
				double x = m[a][b];
				m[a][b] = m[b][a];
				m[b][a] = x;
			}
		}
	}

	/** Accumulates the Householder transformations into v. */
	private static void accumulate(double[][] v, double[] d, double[] e) {
		int n = d.length;
		for (int i = 0; i < n - 1; i++) {
			v[n - 1][i] = v[i][i];
			v[i][i] = 1;
			double h = d[i + 1];
			if (h != 0) {
				for (int k = 0; k <= i; k++) {
					d[k] = v[k][i + 1] / h;
				}
				// g[j] = column i+1 · column j, then column j -= g[j] d, both along the rows (vectorised; the
				// same sums in the same order as column by column: column i+1 is not among those updated)
				double[] g = new double[i + 1];
				for (int k = 0; k <= i; k++) {
					double w = v[k][i + 1];
					double[] row = v[k];
					for (int j = 0; j <= i; j++) {
						g[j] += w * row[j];
					}
				}
				for (int k = 0; k <= i; k++) {
					double dk = d[k];
					double[] row = v[k];
					for (int j = 0; j <= i; j++) {
						row[j] -= g[j] * dk;
					}
				}
			}
			for (int k = 0; k <= i; k++) {
				v[k][i + 1] = 0;
			}
		}
		for (int j = 0; j < n; j++) {
			d[j] = v[n - 1][j];
			v[n - 1][j] = 0;
		}
		v[n - 1][n - 1] = 1;
		e[0] = 0;
	}

	/**
	 * Implicit QL on the tridiagonal matrix (d, e); the eigenvalues end in d, the eigenvectors in the rows of
	 * {@code vectors} (the transformation transposed, so that each rotation runs along two rows: a loop the JIT
	 * vectorises, where along two columns it could not).
	 */
	private static void diagonalise(double[][] vectors, double[] d, double[] e) {
		int n = d.length;
		for (int i = 1; i < n; i++) {
			e[i - 1] = e[i];
		}
		e[n - 1] = 0;
		double shift = 0;
		double largest = 0;
		for (int l = 0; l < n; l++) {
			largest = Math.max(largest, Math.abs(d[l]) + Math.abs(e[l]));
			int m = l;
			while (m < n - 1 && Math.abs(e[m]) > EPSILON * largest) {
				m++;
			}
			if (m > l) {
				for (int iteration = 0; iteration < 60 && Math.abs(e[l]) > EPSILON * largest; iteration++) {
					shift += qlStep(vectors, d, e, l, m);
				}
			}
			d[l] += shift;
			e[l] = 0;
		}
	}

	/** One shifted QL sweep over rows l..m; returns the shift it applied. */
	private static double qlStep(double[][] vectors, double[] d, double[] e, int l, int m) {
		int n = d.length;
		double g = d[l];
		double p = (d[l + 1] - g) / (2 * e[l]);
		double r = Math.sqrt(p * p + 1);
		if (p < 0) {
			r = -r;
		}
		d[l] = e[l] / (p + r);
		d[l + 1] = e[l] * (p + r);
		double dl1 = d[l + 1];
		double h = g - d[l];
		for (int i = l + 2; i < n; i++) {
			d[i] -= h;
		}
		p = d[m];
		double c = 1;
		double c2 = c;
		double c3 = c;
		double el1 = e[l + 1];
		double s = 0;
		double s2 = 0;
		for (int i = m - 1; i >= l; i--) {
			c3 = c2;
			c2 = c;
			s2 = s;
			g = c * e[i];
			double hi = c * p;
			r = Math.sqrt(p * p + e[i] * e[i]);
			e[i + 1] = s * r;
			s = e[i] / r;
			c = p / r;
			p = c * d[i] - s * g;
			d[i + 1] = hi + s * (c * g + s * d[i]);
			rotate(vectors[i], vectors[i + 1], c, s);
		}
		p = -s * s2 * c3 * el1 * e[l] / dl1;
		e[l] = s * p;
		d[l] = c * p;
		return h;
	}

	private static void rotate(double[] a, double[] b, double c, double s) {
		for (int k = 0; k < a.length; k++) {
			double bk = b[k];
			b[k] = s * a[k] + c * bk;
			a[k] = c * a[k] - s * bk;
		}
	}

	/** Largest first. */
	private static SymmetricEigen sorted(double[] d, double[][] rows) {
		int n = d.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (x, y) -> Double.compare(d[y], d[x]));
		double[] values = new double[n];
		double[][] vectors = new double[n][];
		for (int k = 0; k < n; k++) {
			values[k] = d[order[k]];
			vectors[k] = rows[order[k]];
		}
		return new SymmetricEigen(values, vectors);
	}

}
