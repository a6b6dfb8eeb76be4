package de.mitreden.themes;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SymmetricEigenTests {

	@Test
	void findsTheEigenpairsOfAGramMatrixLargestFirst() {
		double[][] gram = gram(randomMatrix(40, 120, 7));
		SymmetricEigen eigen = SymmetricEigen.of(gram);
		for (int k = 0; k < gram.length; k++) {
			double[] av = times(gram, eigen.vectors[k]);
			for (int i = 0; i < gram.length; i++) {
				assertThat(av[i]).isCloseTo(eigen.values[k] * eigen.vectors[k][i], within(1e-9));
			}
			assertThat(dot(eigen.vectors[k], eigen.vectors[k])).isCloseTo(1.0, within(1e-12));
			if (k > 0) {
				assertThat(eigen.values[k]).isLessThanOrEqualTo(eigen.values[k - 1]);
				assertThat(dot(eigen.vectors[k], eigen.vectors[k - 1])).isCloseTo(0.0, within(1e-12));
			}
		}
	}

	@Test
	void handlesRankDeficientAndDiagonalMatrices() {
		double[][] rankTwo = gram(randomMatrix(10, 2, 3));
		SymmetricEigen eigen = SymmetricEigen.of(rankTwo);
		assertThat(eigen.values[1]).isGreaterThan(1e-6);
		for (int k = 2; k < 10; k++) {
			assertThat(eigen.values[k]).isCloseTo(0.0, within(1e-9));
		}
		SymmetricEigen diagonal = SymmetricEigen.of(new double[][] { { 1, 0, 0 }, { 0, 3, 0 }, { 0, 0, 2 } });
		assertThat(diagonal.values).containsExactly(3, 2, 1);
		assertThat(Math.abs(diagonal.vectors[0][1])).isEqualTo(1.0);
		assertThat(SymmetricEigen.of(new double[0][0]).values).isEmpty();
		assertThat(SymmetricEigen.of(new double[][] { { 5 } }).values).containsExactly(5);
	}

	private static double[][] randomMatrix(int rows, int columns, long seed) {
		var random = new SplittableRandom(seed);
		double[][] m = new double[rows][columns];
		for (double[] row : m) {
			for (int j = 0; j < columns; j++) {
				row[j] = random.nextDouble() - 0.5;
			}
		}
		return m;
	}

	/** M M^T. */
	private static double[][] gram(double[][] m) {
		double[][] g = new double[m.length][m.length];
		for (int i = 0; i < m.length; i++) {
			for (int j = 0; j < m.length; j++) {
				g[i][j] = dot(m[i], m[j]);
			}
		}
		return g;
	}

	private static double[] times(double[][] m, double[] v) {
		double[] r = new double[m.length];
		for (int i = 0; i < m.length; i++) {
			r[i] = dot(m[i], v);
		}
		return r;
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

}
