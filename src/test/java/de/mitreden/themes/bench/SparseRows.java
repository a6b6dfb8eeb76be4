package de.mitreden.themes.bench;

/**
 * Rows of a document-by-column matrix, each L2-normalised (or empty), stored sparsely: the column
 * indices in ascending order and their values.
 */
record SparseRows(int[][] indices, double[][] values, int columns) {

	int rowCount() {
		return indices.length;
	}

	double dot(int row, double[] dense) {
		int[] columnsOfRow = indices[row];
		double[] valuesOfRow = values[row];
		double sum = 0;
		for (int i = 0; i < columnsOfRow.length; i++) {
			sum += valuesOfRow[i] * dense[columnsOfRow[i]];
		}
		return sum;
	}

	void addTo(int row, double[] dense) {
		int[] columnsOfRow = indices[row];
		double[] valuesOfRow = values[row];
		for (int i = 0; i < columnsOfRow.length; i++) {
			dense[columnsOfRow[i]] += valuesOfRow[i];
		}
	}

	boolean isEmpty(int row) {
		return indices[row].length == 0;
	}

	/** Dense rows as sparse ones (every column present), normalised to unit length. */
	static SparseRows ofDense(double[][] dense) {
		int columns = dense.length == 0 ? 0 : dense[0].length;
		int[] all = new int[columns];
		for (int column = 0; column < columns; column++) {
			all[column] = column;
		}
		int[][] indices = new int[dense.length][];
		double[][] values = new double[dense.length][];
		for (int row = 0; row < dense.length; row++) {
			double norm = Math.sqrt(dot(dense[row], dense[row]));
			values[row] = new double[columns];
			indices[row] = norm == 0 ? new int[0] : all;
			for (int column = 0; norm > 0 && column < columns; column++) {
				values[row][column] = dense[row][column] / norm;
			}
			if (norm == 0) {
				values[row] = new double[0];
			}
		}
		return new SparseRows(indices, values, columns);
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}
