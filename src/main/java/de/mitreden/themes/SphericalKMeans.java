package de.mitreden.themes;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * k-means on the unit sphere (cosine similarity), seeded by k-means++; of several seeds the run with the highest
 * total similarity of answers to their centre wins. Deterministic for a given seed and point order.
 */
final class SphericalKMeans {

	private static final int MAX_ITERATIONS = 40;

	/**
	 * A run stops when at most this share of the points changed cluster in a round: the last rounds move a handful
	 * of borderline answers back and forth and cost as much as the first (measured: same quality, fewer rounds).
	 */
	private static final double STABLE_SHARE = 0.002;

	private SphericalKMeans() {
	}

	record Result(int[] assignment, float[][] centroids, double objective) {
	}

	/** Above this many points, seeds and restarts run on a sample; then a few rounds refine on all points. */
	static final int MAX_SAMPLE = 10_000;

	private static final int FULL_ROUNDS = 3;

	/** Clusters {@code points} (unit vectors); zero vectors get assignment -1. */
	static Result cluster(float[][] points, int k, int restarts, long seed) {
		if (points.length <= MAX_SAMPLE) {
			return clusterAll(points, k, restarts, seed);
		}
		int[] chosen = Sampling.choose(points.length, MAX_SAMPLE, seed);
		float[][] sample = new float[chosen.length][];
		for (int i = 0; i < chosen.length; i++) {
			sample[i] = points[chosen[i]];
		}
		float[][] centroids = clusterAll(sample, k, restarts, seed).centroids();
		int[] assignment = new int[points.length];
		float[] similarity = null;
		for (int round = 0; round < FULL_ROUNDS; round++) {
			similarity = assign(points, centroids, assignment);
			centroids = centroids(points, assignment, centroids.length);
		}
		similarity = assign(points, centroids, assignment);
		double objective = 0;
		for (float s : similarity) {
			objective += s;
		}
		return new Result(assignment, centroids, objective);
	}

	private static Result clusterAll(float[][] points, int k, int restarts, long seed) {
		int[] active = activePoints(points);
		k = Math.max(1, Math.min(k, active.length));
		final int clusters = k;
		// restarts are independent: the second half runs on a pool thread while this one runs the first, the even
		// split for two cores; the best (first on a tie) wins, so the result does not depend on which finished first
		int half = restarts / 2;
		var second = java.util.concurrent.CompletableFuture.supplyAsync(
				() -> IntStream.range(half, restarts).mapToObj(r -> run(points, active, clusters, seed + 7919L * r)).toList());
		List<Result> results = new java.util.ArrayList<>(
				IntStream.range(0, half).mapToObj(r -> run(points, active, clusters, seed + 7919L * r)).toList());
		results.addAll(second.join());
		Result best = null;
		for (Result result : results) {
			if (best == null || result.objective > best.objective + 1e-9) {
				best = result;
			}
		}
		return best;
	}

	/** Assigns every point to its most similar centroid (points on two threads); returns the similarities. */
	static float[] assign(float[][] points, float[][] centroids, int[] assignment) {
		float[] similarity = new float[points.length];
		IntStream.range(0, points.length).parallel().forEach(p -> {
			if (Vectors.isZero(points[p])) {
				assignment[p] = -1;
				return;
			}
			int best = -1;
			float bestSimilarity = Float.NEGATIVE_INFINITY;
			for (int c = 0; c < centroids.length; c++) {
				float s = Vectors.dot(points[p], centroids[c]);
				if (s > bestSimilarity) {
					bestSimilarity = s;
					best = c;
				}
			}
			assignment[p] = best;
			similarity[p] = bestSimilarity;
		});
		return similarity;
	}

	/** Unit centroids of the clusters; a cluster without points gets a zero centroid. */
	static float[][] centroids(float[][] points, int[] assignment, int k) {
		int dims = points.length == 0 ? 0 : points[0].length;
		float[][] centroids = new float[k][dims];
		for (int p = 0; p < points.length; p++) {
			if (assignment[p] >= 0) {
				float[] c = centroids[assignment[p]];
				float[] x = points[p];
				for (int i = 0; i < dims; i++) {
					c[i] += x[i];
				}
			}
		}
		for (float[] c : centroids) {
			Vectors.normalise(c);
		}
		return centroids;
	}

	private static Result run(float[][] points, int[] active, int k, long seed) {
		var rounds = new BoundedRounds(points, active, k);
		float[][] centroids = seeds(points, active, k, new SplittableRandom(seed), rounds);
		rounds.assignToNearestSeed();
		for (int iteration = 1; iteration < MAX_ITERATIONS; iteration++) {
			float[][] moved = centroids(points, rounds.assignment, k);
			reseedEmpty(points, moved, rounds.assignment, rounds.similarity);
			int changed = rounds.reassign(centroids, moved);
			centroids = moved;
			if (changed <= points.length * STABLE_SHARE) {
				break;
			}
		}
		double objective = 0;
		for (int p : active) {
			objective += rounds.similarity[p];
		}
		return new Result(rounds.assignment, centroids, objective);
	}

	/**
	 * The rounds of one k-means run with Elkan's bounds, for cosine: per answer and centre an upper bound on their
	 * similarity. For unit vectors x·c' ≤ x·c + |c' − c|, so when a centre moves by δ its bounds grow by δ; only
	 * the centres whose bound reaches the answer's similarity to its own centre are compared exactly. After the
	 * first rounds an answer needs one or two dot products instead of k (answers x k floats of memory: at most
	 * 10,000 answers are clustered this way). Same result as comparing with every centre.
	 */
	private static final class BoundedRounds {

		/** Float rounding in the dot products and bounds: a bound this close counts as a tie and is checked. */
		private static final float MARGIN = 1e-5f;

		private final float[][] points;

		private final int[] active;

		private final int k;

		final int[] assignment;

		final float[] similarity;

		/** upper[p * k + c]: at least the similarity of answer p and centre c (exact when last compared). */
		private final float[] upper;

		BoundedRounds(float[][] points, int[] active, int k) {
			this.points = points;
			this.active = active;
			this.k = k;
			this.assignment = new int[points.length];
			java.util.Arrays.fill(this.assignment, -1);
			this.similarity = new float[points.length];
			this.upper = new float[points.length * k];
		}

		/** Seeding compared every answer with every seed already: those exact similarities are the first bounds. */
		void seedSimilarity(int p, int seed, float similarity) {
			this.upper[p * this.k + seed] = similarity;
		}

		void assignToNearestSeed() {
			for (int p : this.active) {
				int best = -1;
				float bestSimilarity = Float.NEGATIVE_INFINITY;
				for (int c = 0; c < this.k; c++) {
					float s = this.upper[p * this.k + c];
					if (s > bestSimilarity) {
						bestSimilarity = s;
						best = c;
					}
				}
				this.assignment[p] = best;
				this.similarity[p] = bestSimilarity;
			}
		}

		/**
		 * Moves the answers to their most similar centre after the centres moved (the lowest-numbered on a tie, as a
		 * full comparison would); returns how many changed.
		 */
		int reassign(float[][] before, float[][] after) {
			float[] drift = new float[this.k];
			for (int c = 0; c < this.k; c++) {
				drift[c] = distance(before[c], after[c]);
			}
			int changed = 0;
			for (int p : this.active) {
				int own = this.assignment[p];
				int base = p * this.k;
				float[] x = this.points[p];
				float best = Vectors.dot(x, after[own]);
				this.upper[base + own] = best;
				int bestCentre = own;
				for (int c = 0; c < this.k; c++) {
					if (c == own) {
						continue;
					}
					float bound = this.upper[base + c] + drift[c];
					this.upper[base + c] = bound;
					if (bound + MARGIN >= best) {
						float s = Vectors.dot(x, after[c]);
						this.upper[base + c] = s;
						if (s > best || (s == best && c < bestCentre)) {
							best = s;
							bestCentre = c;
						}
					}
				}
				this.assignment[p] = bestCentre;
				this.similarity[p] = best;
				changed += (bestCentre != own) ? 1 : 0;
			}
			return changed;
		}

		private static float distance(float[] a, float[] b) {
			double sum = 0;
			for (int i = 0; i < a.length; i++) {
				double d = a[i] - b[i];
				sum += d * d;
			}
			return (float) Math.sqrt(sum);
		}

	}

	/** An empty cluster takes the point that fits its own cluster worst. */
	private static void reseedEmpty(float[][] points, float[][] centroids, int[] assignment, float[] similarity) {
		for (float[] centroid : centroids) {
			if (Vectors.isZero(centroid)) {
				int worst = -1;
				for (int p = 0; p < points.length; p++) {
					if (assignment[p] >= 0 && (worst < 0 || similarity[p] < similarity[worst])) {
						worst = p;
					}
				}
				if (worst >= 0) {
					System.arraycopy(points[worst], 0, centroid, 0, centroid.length);
					similarity[worst] = 1;
				}
			}
		}
	}

	/** k-means++: each next seed drawn with probability proportional to its distance from the nearest seed. */
	/**
	 * k-means++: each next seed drawn with probability proportional to its distance from the nearest seed. The
	 * similarities computed on the way go to {@code rounds} as the first exact bounds.
	 */
	private static float[][] seeds(float[][] points, int[] active, int k, SplittableRandom random,
			BoundedRounds rounds) {
		float[][] seeds = new float[k][];
		seeds[0] = points[active[random.nextInt(active.length)]].clone();
		double[] distance = new double[active.length];
		java.util.Arrays.fill(distance, Double.MAX_VALUE);
		for (int s = 1; s < k; s++) {
			double total = 0;
			for (int i = 0; i < active.length; i++) {
				float similarity = Vectors.dot(points[active[i]], seeds[s - 1]);
				rounds.seedSimilarity(active[i], s - 1, similarity);
				double d = Math.max(0, 1 - similarity);
				distance[i] = Math.min(distance[i], d);
				total += distance[i];
			}
			double target = random.nextDouble() * total;
			int chosen = active.length - 1;
			for (int i = 0; i < active.length; i++) {
				target -= distance[i];
				if (target <= 0) {
					chosen = i;
					break;
				}
			}
			seeds[s] = points[active[chosen]].clone();
		}
		for (int p : active) {
			rounds.seedSimilarity(p, k - 1, Vectors.dot(points[p], seeds[k - 1]));
		}
		return seeds;
	}

	private static int[] activePoints(float[][] points) {
		var active = new Corpus.IntList();
		for (int p = 0; p < points.length; p++) {
			if (!Vectors.isZero(points[p])) {
				active.add(p);
			}
		}
		return active.toArray();
	}

}
