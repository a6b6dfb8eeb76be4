package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ConsensusKMeansTests {

	@Test
	void separatedGroupsAreFoundWholeAndAnswersWithoutWordsStayOutside() {
		float[][] points = groups(240, 4, 3);
		points[7] = new float[8];
		int[] assignment = ConsensusKMeans.cluster(points, 4, 10, 4, 1);
		assertThat(assignment[7]).isEqualTo(-1);
		for (int p = 4; p < points.length; p++) {
			if (p != 7) {
				assertThat(assignment[p]).as("answer %d", p).isEqualTo(assignment[p % 4]);
			}
		}
		assertThat(Arrays.stream(assignment, 0, 4).distinct().count()).isEqualTo(4);
	}

	@Test
	void theSameSeedGivesTheSameThemes() {
		float[][] points = groups(200, 5, 9);
		assertThat(ConsensusKMeans.cluster(points, 6, 10, 4, 3)).containsExactly(ConsensusKMeans.cluster(points, 6, 10, 4, 3));
	}

	@Test
	void theObjectivePrefersTheCleanSplit() {
		float[][] points = groups(120, 3, 5);
		int[] clean = new int[points.length];
		int[] mixed = new int[points.length];
		for (int p = 0; p < points.length; p++) {
			clean[p] = p % 3;
			mixed[p] = (p < 60) ? p % 3 : (p + 1) % 3;
		}
		assertThat(SphericalKMeans.objective(points, clean, 3)).isGreaterThan(SphericalKMeans.objective(points, mixed, 3));
		var result = SphericalKMeans.cluster(points, 3, 4, 1);
		assertThat(SphericalKMeans.objective(points, result.assignment(), 3)).isCloseTo(result.objective(),
				org.assertj.core.api.Assertions.within(1e-3));
	}

	@Test
	void theResultFitsAtLeastAsWellAsEachOfTheSingleRunsItCombines() {
		// three groups asked for two themes: the runs join different pairs, and their consensus alone often fits
		// worse than the best of them (seeds 2, 3 and 5 here)
		for (long seed = 1; seed <= 5; seed++) {
			float[][] points = groups(60, 3, seed);
			double objective = SphericalKMeans.objective(points, ConsensusKMeans.cluster(points, 2, 10, 4, seed), 2);
			for (int[] single : SphericalKMeans.singleRuns(points, 2, 10, ConsensusKMeans.RUN_ROUNDS, seed)) {
				assertThat(objective).as("seed %d", seed)
					.isGreaterThanOrEqualTo(SphericalKMeans.objective(points, single, 2) - 1e-6);
			}
		}
	}

	/** {@code n} unit points around {@code k} axes of 8 dimensions (point p near axis p % k), with some noise. */
	private static float[][] groups(int n, int k, long seed) {
		var random = new SplittableRandom(seed);
		float[][] points = new float[n][];
		for (int p = 0; p < n; p++) {
			float[] point = new float[8];
			point[p % k] = 1;
			for (int i = 0; i < point.length; i++) {
				point[i] += (float) (random.nextDouble() * 0.3);
			}
			Vectors.normalise(point);
			points[p] = point;
		}
		return points;
	}

}
