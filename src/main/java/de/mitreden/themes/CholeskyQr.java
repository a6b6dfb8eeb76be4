package de.mitreden.themes;

/**
 * Orthonormal columns for the randomised SVD of {@link Lsa}: Cholesky QR, with modified Gram-Schmidt where the
 * columns are (nearly) dependent. Matrices are row-major {@code double[rows][columns]}.
 */
final class CholeskyQr {

	private CholeskyQr() {
	}

	/** Rows per block of {@link #symmetricProduct}: a block's share of the product is summed on one thread. */
	private static final int ROWS_PER_BLOCK = 256;

	/**
	 * L^T R (l x l) of two row-major matrices with l columns, where the product is known to be symmetric (as Y^T Y
	 * is): the upper triangle is computed and mirrored. Summed row by row as outer products, {@code g[i][j..] +=
	 * L[r][i] R[r][j..]}, the loop shape the JIT vectorises (a dot product per entry cannot be: Java keeps a sum in
	 * strict order); blocks of rows (on two threads for many rows: {@link VectorWork}), their sums added in block
	 * order.
	 */
	static double[][] symmetricProduct(double[][] left, double[][] right, int l) {
		int blocks = Math.max(1, (left.length + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK);
		double[][][] partial = new double[blocks][][];
		VectorWork.over(blocks, left.length).forEach(block -> {
			double[][] g = new double[l][l];
			int end = Math.min(left.length, (block + 1) * ROWS_PER_BLOCK);
			int r = block * ROWS_PER_BLOCK;
			for (; r + 4 <= end; r += 4) {
				addFourOuterProducts(left, right, r, g, l);
			}
			for (; r < end; r++) {
				addOuterProduct(left[r], right[r], g, l);
			}
			partial[block] = g;
		});
		double[][] product = partial[0];
		for (int block = 1; block < blocks; block++) {
			for (int i = 0; i < l; i++) {
				double[] row = product[i];
				double[] add = partial[block][i];
				for (int j = i; j < l; j++) {
					row[j] += add[j];
				}
			}
		}
		for (int i = 0; i < l; i++) {
			for (int j = i + 1; j < l; j++) {
				product[j][i] = product[i][j];
			}
		}
		return product;
	}

	/**
	 * The upper triangle of g += the outer products of rows r..r+3: each row of g is read and written once for
	 * four, and summed in the same order as four single updates.
	 */
	private static void addFourOuterProducts(double[][] left, double[][] right, int r, double[][] g, int l) {
		double[] a0 = left[r];
		double[] a1 = left[r + 1];
		double[] a2 = left[r + 2];
		double[] a3 = left[r + 3];
		double[] b0 = right[r];
		double[] b1 = right[r + 1];
		double[] b2 = right[r + 2];
		double[] b3 = right[r + 3];
		for (int i = 0; i < l; i++) {
			double w0 = a0[i];
			double w1 = a1[i];
			double w2 = a2[i];
			double w3 = a3[i];
			double[] row = g[i];
			for (int j = i; j < l; j++) {
				row[j] = row[j] + w0 * b0[j] + w1 * b1[j] + w2 * b2[j] + w3 * b3[j];
			}
		}
	}

	/** The upper triangle of g += a^T b. */
	private static void addOuterProduct(double[] a, double[] b, double[][] g, int l) {
		for (int i = 0; i < l; i++) {
			double w = a[i];
			double[] row = g[i];
			for (int j = i; j < l; j++) {
				row[j] += w * b[j];
			}
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
	 * solve per row, many rows on two threads. One pass loses about u κ(Y)² of orthogonality (u the rounding unit);
	 * when R's diagonal says κ(Y) may be large, a second pass repairs that. In the LSA the columns are well apart
	 * (Y = M M^T Q of an orthonormal Q): on the Bonn answers one pass left Q^T Q within 3e-15 of the identity, so the
	 * second pass that used to run for the kept basis is skipped there. When Y is (nearly) rank-deficient the
	 * Cholesky factor breaks down, and modified Gram-Schmidt does it instead.
	 */
	static void orthonormalise(double[][] m, int cols) {
		for (int pass = 0; pass < 2; pass++) {
			double[][] r = cholesky(symmetricProduct(m, m, cols));
			if (r == null) {
				gramSchmidt(m, cols);
				return;
			}
			solveRows(m, r);
			if (!illConditioned(r)) {
				return;
			}
		}
	}

	/**
	 * The Cholesky factor R of Y^T Y (Y = QR with orthonormal Q) if Q is accurately Y R^-1 (the Gram matrix clearly
	 * positive definite and not ill-conditioned); otherwise null.
	 */
	static double[][] factorIfWellConditioned(double[][] m, int cols) {
		double[][] r = cholesky(symmetricProduct(m, m, cols));
		return (r == null || illConditioned(r)) ? null : r;
	}

	/**
	 * R^-T S R^-1 of a small symmetric S (l x l) and upper triangular R: S in the basis Q = Y R^-1 when S is given in
	 * Y's. Row by row, S R^-1, then the same for its transpose; the rounding's asymmetry is averaged out.
	 */
	static double[][] congruence(double[][] s, double[][] r) {
		int l = s.length;
		double[][] half = new double[l][];
		for (int i = 0; i < l; i++) {
			half[i] = s[i].clone();
		}
		solveRows(half, r);
		double[][] both = columns(half, l);
		solveRows(both, r);
		for (int i = 0; i < l; i++) {
			for (int j = i + 1; j < l; j++) {
				double mean = 0.5 * (both[i][j] + both[j][i]);
				both[i][j] = mean;
				both[j][i] = mean;
			}
		}
		return both;
	}

	/**
	 * R^-1 x for each x of {@code columns} (each of length l), of upper triangular R: x^T R^-T, by back substitution
	 * along the rows of R^T, so that once an entry is known its share leaves all earlier ones in one vectorised loop.
	 */
	static double[][] inverseTimes(double[][] r, double[][] columns) {
		int l = r.length;
		double[][] rt = columns(r, l); // rt[j][i] = r[i][j]
		double[][] z = new double[columns.length][];
		for (int c = 0; c < columns.length; c++) {
			double[] x = columns[c].clone();
			for (int j = l - 1; j >= 0; j--) {
				double q = x[j] / r[j][j];
				x[j] = q;
				double[] above = rt[j];
				for (int i = 0; i < j; i++) {
					x[i] -= q * above[i];
				}
			}
			z[c] = x;
		}
		return z;
	}

	/** Above this squared ratio of R's largest to smallest diagonal entry, u κ² may exceed 1e-8. */
	private static final double MAX_SQUARED_DIAGONAL_RATIO = 1e8;

	private static boolean illConditioned(double[][] r) {
		double largest = 0;
		double smallest = Double.MAX_VALUE;
		for (int j = 0; j < r.length; j++) {
			largest = Math.max(largest, r[j][j]);
			smallest = Math.min(smallest, r[j][j]);
		}
		return largest * largest > MAX_SQUARED_DIAGONAL_RATIO * smallest * smallest;
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
	 * Every row y of m becomes y R^-1 (many rows on two threads: {@link VectorWork}). Forward substitution (q R = y)
	 * column by column: once q[j] is known, its share q[j] R[j][i] leaves every later entry, a loop along R's row
	 * that the JIT vectorises.
	 */
	private static void solveRows(double[][] m, double[][] r) {
		VectorWork.over((m.length + 3) / 4, m.length).forEach(group -> {
			int first = 4 * group;
			if (first + 4 <= m.length) {
				solveFour(m[first], m[first + 1], m[first + 2], m[first + 3], r);
			}
			else {
				for (int row = first; row < m.length; row++) {
					solveOne(m[row], r);
				}
			}
		});
	}

	private static void solveOne(double[] y, double[][] r) {
		for (int j = 0; j < r.length; j++) {
			double q = y[j] / r[j][j];
			y[j] = q;
			double[] rj = r[j];
			for (int i = j + 1; i < r.length; i++) {
				y[i] -= q * rj[i];
			}
		}
	}

	/** Four rows at once: each row of R is read once for four, each row's arithmetic as {@link #solveOne}. */
	private static void solveFour(double[] y0, double[] y1, double[] y2, double[] y3, double[][] r) {
		for (int j = 0; j < r.length; j++) {
			double[] rj = r[j];
			double diagonal = rj[j];
			double q0 = y0[j] / diagonal;
			double q1 = y1[j] / diagonal;
			double q2 = y2[j] / diagonal;
			double q3 = y3[j] / diagonal;
			y0[j] = q0;
			y1[j] = q1;
			y2[j] = q2;
			y3[j] = q3;
			for (int i = j + 1; i < r.length; i++) {
				double rji = rj[i];
				y0[i] -= q0 * rji;
				y1[i] -= q1 * rji;
				y2[i] -= q2 * rji;
				y3[i] -= q3 * rji;
			}
		}
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
