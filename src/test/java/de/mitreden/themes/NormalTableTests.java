package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The normal numbers of the LSA's random start. */
class NormalTableTests {

	@Test
	void quantilesAreThoseOfTheStandardNormalDistribution() {
		assertThat(NormalTable.inverseNormal(0.5)).isCloseTo(0, within(1e-12));
		assertThat(NormalTable.inverseNormal(0.975)).isCloseTo(1.9599640, within(1e-7));
		assertThat(NormalTable.inverseNormal(0.01)).isCloseTo(-2.3263479, within(1e-7));
		assertThat(NormalTable.inverseNormal(0.999)).isCloseTo(3.0902323, within(1e-7));
		assertThat(NormalTable.inverseNormal(0.2)).isCloseTo(-NormalTable.inverseNormal(0.8), within(1e-9));
	}

	@Test
	void numbersAreCentredOfUnitVarianceAndNormallyShaped() {
		double[][] m = new double[1000][100];
		NormalTable.fill(m, 100, new SplittableRandom(5));
		double sum = 0;
		double squares = 0;
		double fourth = 0;
		int withinOneSigma = 0;
		for (double[] row : m) {
			for (double x : row) {
				sum += x;
				squares += x * x;
				fourth += x * x * x * x;
				withinOneSigma += (Math.abs(x) < 1) ? 1 : 0;
			}
		}
		int n = 100_000;
		double variance = squares / n;
		assertThat(sum / n).isCloseTo(0, within(0.02));
		assertThat(variance).isCloseTo(1, within(0.02));
		assertThat(fourth / n / (variance * variance)).as("kurtosis").isCloseTo(3, within(0.1));
		assertThat(withinOneSigma / (double) n).isCloseTo(0.6827, within(0.01));
	}

	@Test
	void theSameSeedGivesTheSameNumbersAndAnotherOthers() {
		double[][] a = new double[50][20];
		double[][] b = new double[50][20];
		double[][] c = new double[50][20];
		NormalTable.fill(a, 20, new SplittableRandom(1));
		NormalTable.fill(b, 20, new SplittableRandom(1));
		NormalTable.fill(c, 20, new SplittableRandom(2));
		assertThat(a).isDeepEqualTo(b);
		assertThat(java.util.Arrays.deepEquals(a, c)).isFalse();
		assertThat(a[0][0]).isNotEqualTo(a[0][1]);
	}

}
