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
	 * L^T R (l x l) from the columns of L and R, where the product is known to be symmetric (as Y^T Y is): the upper
	 * triangle is computed and mirrored, on two threads, row i of it with row l - 1 - i so that both halves of the
	 * work are the same size.
	 */
	static double[][] symmetricProduct(double[][] leftColumns, double[][] rightColumns) {
		int l = leftColumns.length;
		double[][] product = new double[l][l];
		IntStream.range(0, (l + 1) / 2).parallel().forEach(pair -> {
			productRow(leftColumns, rightColumns, product, pair);
			if (l - 1 - pair != pair) {
				productRow(leftColumns, rightColumns, product, l - 1 - pair);
			}
		});
		return product;
	}

	private static void productRow(double[][] left, double[][] right, double[][] product, int i) {
		for (int j = i; j < left.length; j++) {
			product[i][j] = Vectors.dot(left[i], right[j]);
			product[j][i] = product[i][j];
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
			double[][] columns = columns(m, cols);
			double[][] r = cholesky(symmetricProduct(columns, columns));
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
				y[j] = (y[j] - Vectors.dot(y, columns[j], j)) / columns[j][j];
			}
		});
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
