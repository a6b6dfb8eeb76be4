package de.mitreden.themes;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * k-means on the unit sphere (cosine similarity), seeded by k-means++; of several seeds the run with the highest
 * total similarity of answers to their centre after a few rounds runs on and wins. Deterministic for a given seed
 * and point order.
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

	/**
	 * Every restart runs this many rounds; only the one with the highest total similarity then runs on until stable.
	 * After five rounds the order of the restarts is mostly settled, and running all of them to the end took twice
	 * the time for the same themes (20-seed means on the Bonn parts: NMI within ±0.003 on five of six, the long 30 %
	 * part 0.249 against 0.252; two or three rounds lost 0.015 there).
	 */
	private static final int PROBE_ROUNDS = 5;

	/** Above this many points, seeds and restarts run on a sample; then a few rounds refine on all points. */
	static final int MAX_SAMPLE = 10_000;

	private static final int FULL_ROUNDS = 3;

	/** Clusters {@code points} (unit vectors); zero vectors get assignment -1. Seeds by plain k-means++. */
	static Result cluster(float[][] points, int k, int restarts, long seed) {
		return cluster(points, k, restarts, 1, seed);
	}

	/**
	 * Clusters {@code points} (unit vectors), each seed the best of {@code candidates} k-means++ draws (greedy
	 * k-means++; 1 = plain k-means++); zero vectors get assignment -1.
	 */
	static Result cluster(float[][] points, int k, int restarts, int candidates, long seed) {
		if (points.length <= MAX_SAMPLE) {
			return clusterAll(points, k, restarts, candidates, seed);
		}
		int[] chosen = Sampling.choose(points.length, MAX_SAMPLE, seed);
		float[][] sample = new float[chosen.length][];
		for (int i = 0; i < chosen.length; i++) {
			sample[i] = points[chosen[i]];
		}
		float[][] centroids = clusterAll(sample, k, restarts, candidates, seed).centroids();
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

	private static Result clusterAll(float[][] points, int k, int restarts, int candidates, long seed) {
		int[] active = activePoints(points);
		int clusters = Math.max(1, Math.min(k, active.length));
		float[][] byDimension = CentreSimilarities.byDimension(points, 0, points.length, dimensions(points));
		// the best (first on a tie) wins, so the result does not depend on which thread finished first
		List<Run> runs = inTwoHalves(Math.max(1, restarts),
				r -> new Run(points, byDimension, active, clusters, candidates, seed + 7919L * r).rounds(PROBE_ROUNDS));
		Run best = null;
		for (Run run : runs) {
			if (best == null || run.objective() > best.objective() + 1e-9) {
				best = run;
			}
		}
		return best.rounds(MAX_ITERATIONS).result();
	}

	/**
	 * The k-means objective of any partition: the total similarity of the points to their cluster's unit centroid
	 * (points with assignment -1 left out).
	 */
	static double objective(float[][] points, int[] assignment, int k) {
		float[][] centroids = centroids(points, assignment, k);
		double total = 0;
		for (int p = 0; p < points.length; p++) {
			if (assignment[p] >= 0) {
				float[] point = points[p];
				float[] centroid = centroids[assignment[p]];
				double similarity = 0;
				for (int i = 0; i < point.length; i++) {
					similarity += point[i] * centroid[i];
				}
				total += similarity;
			}
		}
		return total;
	}

	/**
	 * {@code runs} single k-means runs (one seed each, at most {@code maxRounds} rounds), for a consensus, on two
	 * threads. Each run's assignment depends only on its own seed.
	 */
	static int[][] singleRuns(float[][] points, int k, int runs, int maxRounds, long seed) {
		int[] active = activePoints(points);
		int clusters = Math.max(1, Math.min(k, active.length));
		float[][] byDimension = CentreSimilarities.byDimension(points, 0, points.length, dimensions(points));
		return inTwoHalves(runs, r -> new Run(points, byDimension, active, clusters, 1, seed + 104_729L * (r + 1))
			.rounds(maxRounds).assignment).toArray(int[][]::new);
	}

	/**
	 * Independent runs 0..count-1 in order, the second half on a pool thread while this one runs the first: the even
	 * split for two cores; one run on this thread. The common pool is named: without it, on two cores (a pool of one
	 * thread) a CompletableFuture starts a new thread for every task.
	 */
	private static <T> List<T> inTwoHalves(int count, java.util.function.IntFunction<T> run) {
		if (count == 1) {
			return List.of(run.apply(0));
		}
		int half = count / 2;
		var second = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> IntStream.range(half, count).mapToObj(run).toList(), ForkJoinPool.commonPool());
		List<T> all = new java.util.ArrayList<>(IntStream.range(0, half).mapToObj(run).toList());
		all.addAll(second.join());
		return all;
	}

	/** Points per block of {@link #assign}: the block by dimension and its similarities stay in the cache. */
	private static final int BLOCK = 1024;

	/**
	 * Assigns every point to its most similar centroid (the lowest-numbered on a tie), many blocks of points on two
	 * threads; returns the similarities. Zero points get assignment -1.
	 */
	static float[] assign(float[][] points, float[][] centroids, int[] assignment) {
		float[] similarity = new float[points.length];
		int dims = dimensions(points);
		VectorWork.over((points.length + BLOCK - 1) / BLOCK, points.length).forEach(block -> {
			int from = block * BLOCK;
			int count = Math.min(BLOCK, points.length - from);
			float[][] byDimension = CentreSimilarities.byDimension(points, from, count, dims);
			float[][] scratch = new float[Math.min(4, centroids.length)][count];
			int[] nearest = new int[count];
			float[] best = new float[count];
			CentreSimilarities.nearest(byDimension, count, centroids, scratch, nearest, best);
			for (int j = 0; j < count; j++) {
				int p = from + j;
				boolean zero = Vectors.isZero(points[p]);
				assignment[p] = zero ? -1 : nearest[j];
				similarity[p] = zero ? 0 : best[j];
			}
		});
		return similarity;
	}

	private static int dimensions(float[][] points) {
		return (points.length == 0) ? 0 : points[0].length;
	}

	/** Unit centroids of the clusters; a cluster without points gets a zero centroid. */
	static float[][] centroids(float[][] points, int[] assignment, int k) {
		int dims = dimensions(points);
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

	/**
	 * One k-means run. A round compares every answer with every centre, vectorised ({@link CentreSimilarities}),
	 * except where bounds show that an answer cannot change its centre (Elkan's bounds, per answer and centre): a
	 * centre that moved by δ is no more than δ more or less similar to any answer than before, so an answer whose
	 * own centre stays clearly more similar than any other could have become keeps it without a comparison. In the
	 * later rounds, when the centres move little, most answers do; only the rest are compared, gathered into a block
	 * of their own so that the loop stays vectorised (Elkan's bounds with a dot product per remaining pair were no
	 * faster than comparing all, vectorised). The assignments are those of comparing every answer (the bounds keep a
	 * margin far above the rounding error), so the themes are the same. Bonn titles, 30 themes: in the later rounds
	 * 20–50 % of the answers are compared; a k-means run 6.4 → 5.7 ms (medians, runs alternating in one JVM).
	 */
	private static final class Run {

		private final float[][] points;

		private final float[][] byDimension;

		private final int[] active;

		private final int k;

		/**
		 * Per centre and point: an upper bound of their similarity (the similarity itself when last compared);
		 * negative infinity for the point's own centre.
		 */
		private final float[][] similarities;

		private final int[] nearest;

		/** Per point: the similarity to its centre, or a lower bound of it where {@link #bounded}. */
		private final float[] best;

		/** Per point: whether {@link #best} holds a bound instead of the similarity. */
		private final boolean[] bounded;

		private final int[] assignment;

		private float[][] centroids;

		private int rounds = 1;

		private boolean stable;

		Run(float[][] points, float[][] byDimension, int[] active, int k, int candidates, long seed) {
			int n = points.length;
			this.points = points;
			this.byDimension = byDimension;
			this.active = active;
			this.k = k;
			this.similarities = new float[k][n];
			this.nearest = new int[n];
			this.best = new float[n];
			this.bounded = new boolean[n];
			this.assignment = new int[n];
			java.util.Arrays.fill(this.assignment, -1);
			this.centroids = seeds(points, byDimension, active, k, candidates, new SplittableRandom(seed),
					this.similarities);
			CentreSimilarities.nearest(this.similarities, n, this.nearest, this.best);
			moveTo(this.nearest, active, this.assignment);
			leaveOutOwn();
		}

		/** Rounds until stable or {@code until} rounds in all. */
		Run rounds(int until) {
			int n = this.points.length;
			while (!this.stable && this.rounds < until) {
				float[][] moved = centroids(this.points, this.assignment, this.k);
				boolean reseeded = hasEmpty(moved);
				if (reseeded) {
					exactBest();
					reseedEmpty(this.points, moved, this.assignment, this.best);
				}
				if (reseeded || !compareUnsettled(moved)) {
					CentreSimilarities.nearestKeepingAll(this.byDimension, n, moved, this.similarities, this.nearest,
							this.best);
					java.util.Arrays.fill(this.bounded, false);
				}
				int changed = moveTo(this.nearest, this.active, this.assignment);
				leaveOutOwn();
				this.centroids = moved;
				this.rounds++;
				this.stable = changed <= n * STABLE_SHARE;
			}
			return this;
		}

		/** The own centre's entry of every active point set to negative infinity: not a rival. */
		private void leaveOutOwn() {
			for (int p : this.active) {
				this.similarities[this.assignment[p]][p] = Float.NEGATIVE_INFINITY;
			}
		}

		/**
		 * Moves the bounds by how far the centres moved, and compares only the points whose centre may change with
		 * all centres; the others keep theirs. False (and the bounds no longer of use) when so many may change that
		 * gathering them would not pay.
		 */
		private boolean compareUnsettled(float[][] moved) {
			double[] drift = drifts(this.centroids, moved);
			int n = this.points.length;
			float[] highestRival = new float[n];
			java.util.Arrays.fill(highestRival, Float.NEGATIVE_INFINITY);
			for (int c = 0; c < this.k; c++) {
				float by = (float) drift[c];
				float[] upper = this.similarities[c];
				for (int p = 0; p < n; p++) {
					float moves = upper[p] + by;
					upper[p] = moves;
					highestRival[p] = Math.max(highestRival[p], moves);
				}
			}
			var unsettled = new Corpus.IntList();
			for (int p : this.active) {
				double lower = this.best[p] - drift[this.assignment[p]];
				if (lower - highestRival[p] > BOUND_MARGIN) {
					this.best[p] = (float) lower;
					this.bounded[p] = true;
				}
				else {
					unsettled.add(p);
				}
			}
			if (unsettled.size() > this.active.length * MAX_UNSETTLED_SHARE) {
				return false;
			}
			compare(unsettled.toArray(), moved);
			return true;
		}

		/** The given points compared with every centre, as one block by dimension. */
		private void compare(int[] unsettled, float[][] moved) {
			int m = unsettled.length;
			float[][] block = new float[this.byDimension.length][m];
			for (int d = 0; d < block.length; d++) {
				float[] all = this.byDimension[d];
				float[] some = block[d];
				for (int j = 0; j < m; j++) {
					some[j] = all[unsettled[j]];
				}
			}
			float[][] found = new float[this.k][m];
			int[] nearestSome = new int[m];
			float[] bestSome = new float[m];
			CentreSimilarities.nearestKeepingAll(block, m, moved, found, nearestSome, bestSome);
			for (int c = 0; c < this.k; c++) {
				float[] from = found[c];
				float[] to = this.similarities[c];
				for (int j = 0; j < m; j++) {
					to[unsettled[j]] = from[j];
				}
			}
			for (int j = 0; j < m; j++) {
				int p = unsettled[j];
				this.nearest[p] = nearestSome[j];
				this.best[p] = bestSome[j];
				this.bounded[p] = false;
			}
		}

		/** The similarities to their own centre of the points that hold only a bound of it. */
		private void exactBest() {
			for (int p : this.active) {
				if (this.bounded[p]) {
					this.best[p] = CentreSimilarities.similarity(this.points[p], this.centroids[this.assignment[p]]);
					this.bounded[p] = false;
				}
			}
		}

		double objective() {
			exactBest();
			double objective = 0;
			for (int p : this.active) {
				objective += this.best[p];
			}
			return objective;
		}

		Result result() {
			return new Result(this.assignment, this.centroids, objective());
		}

	}

	/**
	 * How much closer a point's own centre must stay than any other could have come for the point to skip a round's
	 * comparison: far above the rounding of a similarity in float (a few 10⁻⁶ in 100 dimensions), so that the
	 * comparison it skips could not have chosen another centre.
	 */
	private static final double BOUND_MARGIN = 1e-4;

	/** Above this share of points to compare, all are compared: gathering them would cost more than it saves. */
	private static final double MAX_UNSETTLED_SHARE = 0.7;

	/**
	 * How far each centre moved: for unit points, no similarity to a centre changes by more (Cauchy-Schwarz), a
	 * little more allowed for the points' rounding to unit length.
	 */
	private static double[] drifts(float[][] before, float[][] after) {
		double[] drift = new double[before.length];
		for (int c = 0; c < before.length; c++) {
			double sum = 0;
			for (int i = 0; i < before[c].length; i++) {
				double difference = (double) after[c][i] - before[c][i];
				sum += difference * difference;
			}
			drift[c] = Math.sqrt(sum) * (1 + 1e-5);
		}
		return drift;
	}

	private static boolean hasEmpty(float[][] centroids) {
		for (float[] centroid : centroids) {
			if (Vectors.isZero(centroid)) {
				return true;
			}
		}
		return false;
	}

	/** The active points take their nearest centre; returns how many changed. */
	private static int moveTo(int[] nearest, int[] active, int[] assignment) {
		int changed = 0;
		for (int p : active) {
			changed += (assignment[p] != nearest[p]) ? 1 : 0;
			assignment[p] = nearest[p];
		}
		return changed;
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

	/**
	 * k-means++: each next seed drawn with probability proportional to its distance from the nearest seed; with
	 * several {@code candidates}, greedy k-means++ (as scikit-learn seeds): that many are drawn and the one that
	 * brings the points closest to their nearest seed in all is taken. Every point's similarity to every seed is left
	 * in {@code similarities} (a row per seed), the first round's. Distances are kept for all points (0 for the
	 * inactive ones) so that their update is one loop the JIT vectorises; the sum and the draw run over the active
	 * points in order, as they always did.
	 */
	private static float[][] seeds(float[][] points, float[][] byDimension, int[] active, int k, int candidates,
			SplittableRandom random, float[][] similarities) {
		int n = points.length;
		float[][] seeds = new float[k][];
		seeds[0] = points[active[random.nextInt(active.length)]].clone();
		CentreSimilarities.one(byDimension, n, seeds[0], similarities[0]);
		double[] distance = new double[n];
		for (int p : active) {
			distance[p] = Double.MAX_VALUE;
		}
		float[][] drawn = new float[candidates][];
		float[][] drawnSimilarities = (candidates > 1) ? new float[candidates][n] : null;
		for (int s = 1; s < k; s++) {
			float[] similarity = similarities[s - 1];
			for (int p = 0; p < n; p++) {
				distance[p] = distanceWith(distance[p], similarity[p]);
			}
			double total = 0;
			for (int p : active) {
				total += distance[p];
			}
			for (int c = 0; c < candidates; c++) {
				drawn[c] = points[draw(active, distance, total, random)];
			}
			if (candidates == 1) {
				seeds[s] = drawn[0].clone();
				CentreSimilarities.one(byDimension, n, seeds[s], similarities[s]);
			}
			else {
				CentreSimilarities.all(byDimension, n, drawn, drawnSimilarities);
				int best = closestDraw(distance, drawnSimilarities, n);
				seeds[s] = drawn[best].clone();
				System.arraycopy(drawnSimilarities[best], 0, similarities[s], 0, n);
			}
		}
		return seeds;
	}

	/** A point drawn with probability proportional to its distance ({@code total}: their sum over the active points). */
	private static int draw(int[] active, double[] distance, double total, SplittableRandom random) {
		double target = random.nextDouble() * total;
		for (int p : active) {
			target -= distance[p];
			if (target <= 0) {
				return p;
			}
		}
		return active[active.length - 1];
	}

	/**
	 * The draw after which the points are closest to their nearest seed in all (the first on a tie). Inactive points
	 * have distance 0 and add nothing; the sum runs in four parts, which the processor can add at once.
	 */
	private static int closestDraw(double[] distance, float[][] drawnSimilarities, int n) {
		int best = 0;
		double bestTotal = Double.MAX_VALUE;
		for (int c = 0; c < drawnSimilarities.length; c++) {
			float[] similarity = drawnSimilarities[c];
			double a = 0;
			double b = 0;
			double d = 0;
			double e = 0;
			int p = 0;
			for (; p + 3 < n; p += 4) {
				a += distanceWith(distance[p], similarity[p]);
				b += distanceWith(distance[p + 1], similarity[p + 1]);
				d += distanceWith(distance[p + 2], similarity[p + 2]);
				e += distanceWith(distance[p + 3], similarity[p + 3]);
			}
			for (; p < n; p++) {
				a += distanceWith(distance[p], similarity[p]);
			}
			double total = (a + b) + (d + e);
			if (total < bestTotal) {
				bestTotal = total;
				best = c;
			}
		}
		return best;
	}

	/** A point's distance to its nearest seed once a seed of {@code similarity} to it is added (1 - cosine). */
	private static double distanceWith(double distance, float similarity) {
		return Math.min(distance, Math.max(0, 1 - similarity));
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
