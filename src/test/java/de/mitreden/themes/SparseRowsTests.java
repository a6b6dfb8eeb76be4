package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The LSA's sparse products. */
class SparseRowsTests {

	@Test
	void theTransposedProductIsTheSameScatteredRowByRowOrThroughTheTranspose() {
		var random = new Random(3);
		int rows = 60;
		int columns = 25;
		int l = 7;
		int[][] index = new int[rows][];
		float[][] value = new float[rows][];
		for (int r = 0; r < rows; r++) {
			index[r] = random.ints(0, columns).distinct().limit(1 + random.nextInt(6)).sorted().toArray();
			value[r] = new float[index[r].length];
			for (int i = 0; i < index[r].length; i++) {
				value[r][i] = random.nextFloat();
			}
		}
		double[][] dense = new double[rows][l];
		for (double[] row : dense) {
			for (int k = 0; k < l; k++) {
				row[k] = random.nextGaussian();
			}
		}
		double[][] expected = new double[columns][l];
		for (int r = 0; r < rows; r++) {
			for (int i = 0; i < index[r].length; i++) {
				for (int k = 0; k < l; k++) {
					expected[index[r][i]][k] += value[r][i] * dense[r][k];
				}
			}
		}
		double[][] scattered = new double[columns][l];
		for (double[] row : scattered) {
			java.util.Arrays.fill(row, 5); // overwritten, not added to
		}
		new SparseRows(index, value, columns).transposeTimes(dense, l, scattered);
		var withTranspose = new SparseRows(index, value, columns);
		withTranspose.transpose();
		double[][] throughTranspose = new double[columns][l];
		withTranspose.transposeTimes(dense, l, throughTranspose);
		for (int c = 0; c < columns; c++) {
			for (int k = 0; k < l; k++) {
				assertThat(scattered[c][k]).isCloseTo(expected[c][k], within(1e-9));
				assertThat(throughTranspose[c][k]).isCloseTo(expected[c][k], within(1e-9));
			}
		}
	}

}
