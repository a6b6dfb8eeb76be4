package de.mitreden.themes.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * Spherical k-means (cosine similarity, unit-length centroids) with k-means++ seeding and a few
 * restarts, keeping the restart with the highest total similarity. Empty rows (documents with no
 * term left) go to "Sonstiges". Deterministic for a given seed.
 */
final class SphericalKMeans {

	private static final int MAX_ITERATIONS = 100;

	private final int restarts;

	private final long seed;

	SphericalKMeans(int restarts, long seed) {
		this.restarts = restarts;
		this.seed = seed;
	}

	int[] cluster(SparseRows rows, int k) {
		Random random = new Random(seed);
		Run best = null;
		for (int restart = 0; restart < restarts; restart++) {
			Run run = new Run(rows, Math.min(k, nonEmpty(rows)), random);
			run.iterate();
			if (best == null || run.objective > best.objective) {
				best = run;
			}
		}
		return best.assignment;
	}

	private static int nonEmpty(SparseRows rows) {
		int count = 0;
		for (int row = 0; row < rows.rowCount(); row++) {
			count += rows.isEmpty(row) ? 0 : 1;
		}
		return Math.max(1, count);
	}

	/** One restart: seeds, then alternates assignment and centroid update until nothing moves. */
	private static final class Run {

		final SparseRows rows;

		final double[][] centroids;

		final int[] assignment;

		double objective;

		Run(SparseRows rows, int k, Random random) {
			this.rows = rows;
			this.centroids = new double[k][];
			this.assignment = new int[rows.rowCount()];
			Arrays.fill(assignment, Partition.OTHER);
			seed(random);
		}

		/** k-means++: each next centre drawn with probability proportional to 1 - cos (half the squared distance). */
		void seed(Random random) {
			double[] distance = new double[rows.rowCount()];
			for (int row = 0; row < distance.length; row++) {
				distance[row] = rows.isEmpty(row) ? 0 : 1;
			}
			for (int c = 0; c < centroids.length; c++) {
				int chosen = draw(distance, random);
				centroids[c] = new double[rows.columns()];
				rows.addTo(chosen, centroids[c]);
				for (int row = 0; row < distance.length; row++) {
					if (!rows.isEmpty(row)) {
						distance[row] = Math.max(0, Math.min(distance[row], 1 - rows.dot(row, centroids[c])));
					}
				}
			}
		}

		private static int draw(double[] weights, Random random) {
			double total = Arrays.stream(weights).sum();
			double target = random.nextDouble() * total;
			int last = 0;
			for (int i = 0; i < weights.length; i++) {
				if (weights[i] > 0) {
					last = i;
					target -= weights[i];
					if (target < 0) {
						return i;
					}
				}
			}
			return last;
		}

		void iterate() {
			for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
				boolean moved = assign();
				update();
				if (!moved) {
					break;
				}
			}
			assign();
		}

		boolean assign() {
			boolean moved = false;
			objective = 0;
			for (int row = 0; row < assignment.length; row++) {
				if (rows.isEmpty(row)) {
					continue;
				}
				int best = 0;
				double bestSimilarity = Double.NEGATIVE_INFINITY;
				for (int c = 0; c < centroids.length; c++) {
					double similarity = rows.dot(row, centroids[c]);
					if (similarity > bestSimilarity) {
						bestSimilarity = similarity;
						best = c;
					}
				}
				moved |= assignment[row] != best;
				assignment[row] = best;
				objective += bestSimilarity;
			}
			return moved;
		}

		void update() {
			int[] sizes = new int[centroids.length];
			for (double[] centroid : centroids) {
				Arrays.fill(centroid, 0);
			}
			for (int row = 0; row < assignment.length; row++) {
				if (assignment[row] != Partition.OTHER) {
					rows.addTo(row, centroids[assignment[row]]);
					sizes[assignment[row]]++;
				}
			}
			for (double[] centroid : centroids) {
				normalise(centroid);
			}
			for (int c = 0; c < centroids.length; c++) {
				if (sizes[c] == 0) {
					reseed(c);
					normalise(centroids[c]);
				}
			}
		}

		/** An empty cluster restarts at the document that fits its own centroid worst. */
		private void reseed(int c) {
			int worst = -1;
			double worstSimilarity = Double.POSITIVE_INFINITY;
			for (int row = 0; row < assignment.length; row++) {
				if (assignment[row] != Partition.OTHER) {
					double similarity = rows.dot(row, centroids[assignment[row]]);
					if (similarity < worstSimilarity) {
						worstSimilarity = similarity;
						worst = row;
					}
				}
			}
			if (worst >= 0) {
				rows.addTo(worst, centroids[c]);
			}
		}

		private static void normalise(double[] vector) {
			double sum = 0;
			for (double value : vector) {
				sum += value * value;
			}
			double norm = Math.sqrt(sum);
			for (int i = 0; norm > 0 && i < vector.length; i++) {
				vector[i] /= norm;
			}
		}

	}

}
