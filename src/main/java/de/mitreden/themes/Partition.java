package de.mitreden.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A clustering made presentable: themes too small to be worth a line are dissolved into the others, and the
 * answers that fit their theme worst go to "Sonstiges" (below a similarity, and never more than a capped share),
 * so that "Sonstiges" stays small and the themes stay clean.
 */
final class Partition {

	private final float[][] points;

	private final int[] assignment;

	private final float[] similarity;

	private final int themes;

	private Partition(float[][] points, int[] assignment, float[] similarity, int themes) {
		this.points = points;
		this.assignment = assignment;
		this.similarity = similarity;
		this.themes = themes;
	}

	static Partition refine(float[][] points, int[] clusters, int k, ThemeSettings settings) {
		int n = points.length;
		int[] assignment = clusters.clone();
		int minSize = (int) Math.max(3, Math.ceil(settings.minThemeShare() * n));
		float[][] centroids = SphericalKMeans.centroids(points, assignment, k);
		int[] sizes = sizes(assignment, k);
		List<float[]> kept = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			if (sizes[c] >= minSize) {
				kept.add(centroids[c]);
			}
		}
		if (kept.isEmpty()) {
			Arrays.fill(assignment, -1);
			return new Partition(points, assignment, new float[n], 0);
		}
		float[][] finalCentroids = kept.toArray(new float[0][]);
		if (kept.size() < k) {
			// the dissolved themes' answers go to the nearest kept one; when none was dissolved, k-means has just
			// done that, and one more round changed nothing measurable (Bonn, 20 seeds: the same NMI on titles and
			// long answers) for half of this step's time
			SphericalKMeans.assign(points, finalCentroids, assignment);
			finalCentroids = SphericalKMeans.centroids(points, assignment, finalCentroids.length);
		}
		float[] similarity = SphericalKMeans.assign(points, finalCentroids, assignment);
		moveOutliersToOthers(assignment, similarity, settings);
		return new Partition(points, assignment, similarity, finalCentroids.length);
	}

	private static void moveOutliersToOthers(int[] assignment, float[] similarity, ThemeSettings settings) {
		int n = assignment.length;
		int budget = (int) Math.floor(settings.maxOtherShare() * n) - (int) Arrays.stream(assignment).filter(a -> a < 0).count();
		// only answers below the similarity can go, the least fitting first: just those are sorted
		Integer[] byFit = IntStream.range(0, n)
			.filter(d -> assignment[d] >= 0 && similarity[d] < settings.otherSimilarity())
			.boxed()
			.toArray(Integer[]::new);
		Arrays.sort(byFit, Comparator.<Integer>comparingDouble(d -> similarity[d]).thenComparingInt(d -> d));
		for (int i = 0; i < byFit.length && i < budget; i++) {
			assignment[byFit[i]] = -1;
		}
	}

	private static int[] sizes(int[] assignment, int k) {
		int[] sizes = new int[k];
		for (int a : assignment) {
			if (a >= 0) {
				sizes[a]++;
			}
		}
		return sizes;
	}

	/**
	 * Members of each non-empty theme, most similar to the centre first (the lower index on a tie), largest theme
	 * first. Each theme's members are sorted once as numbers that order as (negated similarity, index) do.
	 */
	List<int[]> membersByCloseness() {
		int[] sizes = sizes(this.assignment, this.themes);
		long[][] keys = new long[this.themes][];
		for (int c = 0; c < this.themes; c++) {
			keys[c] = new long[sizes[c]];
		}
		int[] filled = new int[this.themes];
		for (int d = 0; d < this.assignment.length; d++) {
			int theme = this.assignment[d];
			if (theme >= 0) {
				keys[theme][filled[theme]++] = ((long) orderedBits(-this.similarity[d]) << 32) | d;
			}
		}
		List<int[]> result = new ArrayList<>();
		for (long[] theme : keys) {
			if (theme.length > 0) {
				Arrays.sort(theme);
				int[] members = new int[theme.length];
				for (int i = 0; i < theme.length; i++) {
					members[i] = (int) theme[i];
				}
				result.add(members);
			}
		}
		result.sort(Comparator.<int[]>comparingInt(m -> -m.length).thenComparingInt(m -> m[0]));
		return result;
	}

	/** An int that orders as {@link Float#compare} orders the floats (-0 before 0; the answers' similarities). */
	static int orderedBits(float value) {
		int bits = Float.floatToIntBits(value);
		return bits ^ ((bits >> 31) & 0x7FFF_FFFF);
	}

	int[] others() {
		return IntStream.range(0, this.assignment.length).filter(d -> this.assignment[d] < 0).toArray();
	}

	int[] assignment() {
		return this.assignment;
	}

}
