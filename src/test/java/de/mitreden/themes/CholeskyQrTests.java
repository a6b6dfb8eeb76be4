package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The small dense linear algebra of the LSA's range finder and Rayleigh–Ritz step. */
class CholeskyQrTests {

	@Test
	void theFactorOfWellSeparatedColumnsGivesTheirGramMatrix() {
		double[][] y = random(200, 12, 1);
		double[][] r = CholeskyQr.factorIfWellConditioned(y, 12);
		assertThat(r).isNotNull();
		double[][] gram = CholeskyQr.symmetricProduct(y, y, 12);
		double[][] rtr = CholeskyQr.symmetricProduct(r, r, 12);
		for (int i = 0; i < 12; i++) {
			for (int j = 0; j < 12; j++) {
				assertThat(rtr[i][j]).isCloseTo(gram[i][j], within(1e-9 * gram[i][i]));
				if (j < i) {
					assertThat(r[i][j]).isZero();
				}
			}
		}
	}

	@Test
	void nearlyDependentColumnsGiveNoFactor() {
		double[][] y = random(200, 6, 2);
		for (double[] row : y) {
			row[5] = row[4] + 1e-9 * row[5];
		}
		assertThat(CholeskyQr.factorIfWellConditioned(y, 6)).isNull();
	}

	@Test
	void theCongruenceTakesASymmetricMatrixIntoTheOrthonormalBasis() {
		// Y = Q R: for S = Y^T A Y, R^-T S R^-1 = Q^T A Q, symmetric
		int l = 10;
		double[][] y = random(300, l, 3);
		double[][] r = CholeskyQr.factorIfWellConditioned(y, l);
		double[][] ay = new double[y.length][l];
		for (int p = 0; p < y.length; p++) {
			for (int c = 0; c < l; c++) {
				ay[p][c] = y[p][c] * (1 + p % 7); // A = diag(1 + p mod 7)
			}
		}
		double[][] inQ = CholeskyQr.congruence(CholeskyQr.symmetricProduct(y, ay, l), r);
		double[][] q = new double[y.length][];
		for (int p = 0; p < y.length; p++) {
			q[p] = y[p].clone();
		}
		CholeskyQr.orthonormalise(q, l);
		double[][] aq = new double[q.length][l];
		for (int p = 0; p < q.length; p++) {
			for (int c = 0; c < l; c++) {
				aq[p][c] = q[p][c] * (1 + p % 7);
			}
		}
		double[][] expected = CholeskyQr.symmetricProduct(q, aq, l);
		for (int i = 0; i < l; i++) {
			for (int j = 0; j < l; j++) {
				assertThat(inQ[i][j]).isCloseTo(expected[i][j], within(1e-9)).isEqualTo(inQ[j][i]);
			}
		}
	}

	@Test
	void inverseTimesSolvesTheTriangularSystem() {
		int l = 15;
		double[][] r = new double[l][l];
		var random = new SplittableRandom(4);
		for (int i = 0; i < l; i++) {
			r[i][i] = 1 + random.nextDouble();
			for (int j = i + 1; j < l; j++) {
				r[i][j] = random.nextDouble() - 0.5;
			}
		}
		double[][] x = random(3, l, 5);
		double[][] z = CholeskyQr.inverseTimes(r, x);
		for (int c = 0; c < x.length; c++) {
			for (int i = 0; i < l; i++) {
				double sum = 0;
				for (int j = i; j < l; j++) {
					sum += r[i][j] * z[c][j];
				}
				assertThat(sum).isCloseTo(x[c][i], within(1e-12));
			}
		}
	}

	private static double[][] random(int rows, int columns, long seed) {
		var random = new SplittableRandom(seed);
		double[][] m = new double[rows][columns];
		for (double[] row : m) {
			for (int c = 0; c < columns; c++) {
				row[c] = random.nextGaussian();
			}
		}
		return m;
	}

}
