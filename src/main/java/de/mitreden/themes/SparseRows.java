package de.mitreden.themes;

/** A sparse matrix by rows (feature ids ascending per row), as TF-IDF keeps it, and its transpose once needed. */
final class SparseRows {

	private final int[][] index;

	private final float[][] value;

	private final int columns;

	private SparseRows transposed;

	SparseRows(int[][] index, float[][] value, int columns) {
		this.index = index;
		this.value = value;
		this.columns = columns;
	}

	private SparseRows(SparseRows original) {
		int[] counts = new int[original.columns];
		for (int[] row : original.index) {
			for (int c : row) {
				counts[c]++;
			}
		}
		this.index = new int[original.columns][];
		this.value = new float[original.columns][];
		for (int c = 0; c < original.columns; c++) {
			this.index[c] = new int[counts[c]];
			this.value[c] = new float[counts[c]];
		}
		int[] filled = new int[original.columns];
		for (int r = 0; r < original.index.length; r++) {
			for (int i = 0; i < original.index[r].length; i++) {
				int c = original.index[r][i];
				this.index[c][filled[c]] = r;
				this.value[c][filled[c]++] = original.value[r][i];
			}
		}
		this.columns = original.index.length;
		this.transposed = original;
	}

	int rows() {
		return this.index.length;
	}

	int columns() {
		return this.columns;
	}

	SparseRows transpose() {
		if (this.transposed == null) {
			this.transposed = new SparseRows(this);
		}
		return this.transposed;
	}

	/** This (rows x columns) times D (columns x l), many rows on two threads ({@link VectorWork}). */
	double[][] times(double[][] dense, int l) {
		double[][] result = new double[rows()][l];
		times(dense, l, result);
		return result;
	}

	/**
	 * This times D into {@code result} (rows x l), which is overwritten: the LSA's power iterations reuse their
	 * buffers instead of leaving a few megabytes of garbage per product.
	 */
	void times(double[][] dense, int l, double[][] result) {
		VectorWork.over(rows(), rows()).forEach(r -> {
			int[] idx = this.index[r];
			float[] val = this.value[r];
			double[] out = result[r];
			java.util.Arrays.fill(out, 0, l, 0);
			int i = 0;
			// four entries per pass over the result row, then two: the same sums in the same order, a quarter of its
			// loads and stores
			for (; i + 3 < idx.length; i += 4) {
				double a = val[i];
				double b = val[i + 1];
				double c = val[i + 2];
				double e = val[i + 3];
				double[] rowA = dense[idx[i]];
				double[] rowB = dense[idx[i + 1]];
				double[] rowC = dense[idx[i + 2]];
				double[] rowE = dense[idx[i + 3]];
				for (int k = 0; k < l; k++) {
					out[k] = out[k] + a * rowA[k] + b * rowB[k] + c * rowC[k] + e * rowE[k];
				}
			}
			for (; i + 1 < idx.length; i += 2) {
				double a = val[i];
				double b = val[i + 1];
				double[] rowA = dense[idx[i]];
				double[] rowB = dense[idx[i + 1]];
				for (int c = 0; c < l; c++) {
					out[c] = out[c] + a * rowA[c] + b * rowB[c];
				}
			}
			if (i < idx.length) {
				double w = val[i];
				double[] row = dense[idx[i]];
				for (int c = 0; c < l; c++) {
					out[c] += w * row[c];
				}
			}
		});
	}

	/**
	 * This transposed (columns x rows) times D (rows x l) into {@code result} (columns x l), overwritten. Rows that
	 * one thread handles ({@link VectorWork}) are scattered into the result row by row: building the transpose took
	 * as long as a product. Many rows go through the transpose, whose rows split over two threads without sharing a
	 * result row. A transpose built already is used.
	 */
	void transposeTimes(double[][] dense, int l, double[][] result) {
		if (this.transposed != null || rows() >= VectorWork.PARALLEL_MIN_ROWS) {
			transpose().times(dense, l, result);
			return;
		}
		for (int c = 0; c < this.columns; c++) {
			java.util.Arrays.fill(result[c], 0, l, 0);
		}
		for (int r = 0; r < rows(); r++) {
			int[] idx = this.index[r];
			float[] val = this.value[r];
			double[] row = dense[r];
			for (int i = 0; i < idx.length; i++) {
				double w = val[i];
				double[] out = result[idx[i]];
				for (int k = 0; k < l; k++) {
					out[k] += w * row[k];
				}
			}
		}
	}

}
