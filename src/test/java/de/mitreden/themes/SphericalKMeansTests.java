package de.mitreden.themes;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SphericalKMeansTests {

	@Test
	void everyAnswerEndsInTheThemeWhoseCentreIsMostSimilar() {
		// the rounds skip answers by a bound; the result must be what comparing with every centre gives
		float[][] points = randomUnitPoints(1500, 24, 7);
		var result = SphericalKMeans.cluster(points, 12, 3, 42);
		for (int p = 0; p < points.length; p++) {
			float own = Vectors.dot(points[p], result.centroids()[result.assignment()[p]]);
			for (float[] centroid : result.centroids()) {
				assertThat(own).isGreaterThanOrEqualTo(Vectors.dot(points[p], centroid) - 1e-4f);
			}
		}
	}

	@Test
	void separatedGroupsAreFoundWhole() {
		float[][] points = new float[300][];
		var random = new SplittableRandom(3);
		for (int p = 0; p < points.length; p++) {
			float[] point = new float[6];
			point[p % 3] = 1;
			for (int i = 0; i < point.length; i++) {
				point[i] += (float) (random.nextDouble() * 0.2);
			}
			Vectors.normalise(point);
			points[p] = point;
		}
		int[] assignment = SphericalKMeans.cluster(points, 3, 5, 1).assignment();
		for (int p = 3; p < points.length; p++) {
			assertThat(assignment[p]).isEqualTo(assignment[p % 3]);
		}
		assertThat(assignment[0]).isNotEqualTo(assignment[1]).isNotEqualTo(assignment[2]);
		assertThat(assignment[1]).isNotEqualTo(assignment[2]);
	}

	@Test
	void answersWithoutWordsStayOutside() {
		float[][] points = randomUnitPoints(50, 5, 1);
		points[10] = new float[5];
		assertThat(SphericalKMeans.cluster(points, 4, 2, 1).assignment()[10]).isEqualTo(-1);
	}

	private static float[][] randomUnitPoints(int count, int dimensions, long seed) {
		var random = new SplittableRandom(seed);
		float[][] points = new float[count][dimensions];
		for (float[] point : points) {
			for (int i = 0; i < dimensions; i++) {
				point[i] = (float) (random.nextDouble() * 2 - 1);
			}
			Vectors.normalise(point);
		}
		return points;
	}

}
