package de.mitreden.themes;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Similarities of many points to a few centres, in the one loop shape the JIT turns into vector instructions:
 * {@code out[j] += w * row[j]}, both arrays at the same index. A dot product per pair cannot be vectorised (Java
 * keeps a float sum in strict order), so the points are held by dimension ({@code byDimension[d][p]}) and each
 * centre's weight for a dimension is added to the similarities of all points at once. Four centres share one pass
 * over a dimension's row, so it is read once for four. Measured with 2,314 points in 100 dimensions and 30
 * centres (the size of the Bonn titles): 0.24 ms for all similarities, about 10 times faster than a dot product
 * per pair (0.32 ms with one dimension per pass instead of two).
 * <p>
 * Every similarity is summed over the dimensions in order, one rounding per step, so the result does not depend
 * on whether the JIT vectorised the loop.
 */
final class CentreSimilarities {

	private static final int GROUP = 4;

	private CentreSimilarities() {
	}

	/** The first {@code count} points from {@code from} on, by dimension: {@code [dims][count]}. */
	static float[][] byDimension(float[][] points, int from, int count, int dims) {
		float[][] byDimension = new float[dims][count];
		for (int p = 0; p < count; p++) {
			float[] point = points[from + p];
			for (int d = 0; d < dims; d++) {
				byDimension[d][p] = point[d];
			}
		}
		return byDimension;
	}

	/** {@code out[c][p]} = similarity of point p (of the first {@code count}) and centre c. */
	static void all(float[][] byDimension, int count, float[][] centres, float[][] out) {
		int c = 0;
		for (; c + GROUP <= centres.length; c += GROUP) {
			four(byDimension, count, centres, c, out);
		}
		for (; c < centres.length; c++) {
			one(byDimension, count, centres[c], out[c]);
		}
	}

	/**
	 * {@code out[p]} = similarity of point p (of the first {@code count}) and {@code centre}; two dimensions per pass,
	 * as in {@link #four}, for the same sums in the same order with half the loads and stores of {@code out} (k-means++
	 * seeding makes one such pass per seed).
	 */
	static void one(float[][] byDimension, int count, float[] centre, float[] out) {
		Arrays.fill(out, 0, count, 0);
		int d = 0;
		for (; d + 1 < byDimension.length; d += 2) {
			float a = centre[d];
			float b = centre[d + 1];
			float[] rowA = byDimension[d];
			float[] rowB = byDimension[d + 1];
			for (int p = 0; p < count; p++) {
				out[p] = out[p] + a * rowA[p] + b * rowB[p];
			}
		}
		if (d < byDimension.length) {
			float w = centre[d];
			float[] row = byDimension[d];
			for (int p = 0; p < count; p++) {
				out[p] += w * row[p];
			}
		}
	}

	/**
	 * For every point (of the first {@code count}) the centre of its highest similarity, the lowest-numbered on a
	 * tie, into {@code nearest}, and that similarity into {@code best}: the same as {@link #all} then
	 * {@link #nearest}, but four centres at a time through {@code scratch} ({@code [4][count]}), so that the best so
	 * far is read and written once per four centres instead of once per centre. The selections do not vectorise
	 * (Java 17's JIT does not turn an int chosen by a float comparison into vector instructions), so their loads and
	 * stores were a quarter of a k-means run's time.
	 */
	static void nearest(float[][] byDimension, int count, float[][] centres, float[][] scratch, int[] nearest,
			float[] best) {
		nearestThrough(byDimension, count, centres, first -> scratch, nearest, best);
	}

	/**
	 * As {@link #nearest(float[][], int, float[][], float[][], int[], float[])}, but every similarity is kept in
	 * {@code out} ({@code [centres][count]}), each group of four checked while it is still in the cache: k-means
	 * keeps them as bounds ({@link SphericalKMeans}).
	 */
	static void nearestKeepingAll(float[][] byDimension, int count, float[][] centres, float[][] out, int[] nearest,
			float[] best) {
		nearestThrough(byDimension, count, centres,
				first -> Arrays.copyOfRange(out, first, Math.min(first + GROUP, out.length)), nearest, best);
	}

	/**
	 * The nearest centres, the similarities of centres first.. written into the rows {@code rowsFrom} gives for
	 * {@code first} (up to four), then checked against the best so far.
	 */
	private static void nearestThrough(float[][] byDimension, int count, float[][] centres,
			IntFunction<float[][]> rowsFrom, int[] nearest, float[] best) {
		Arrays.fill(best, 0, count, Float.NEGATIVE_INFINITY);
		Arrays.fill(nearest, 0, count, 0);
		int c = 0;
		for (; c + GROUP <= centres.length; c += GROUP) {
			float[][] rows = rowsFrom.apply(c);
			four(byDimension, count, centres, c, rows[0], rows[1], rows[2], rows[3]);
			closerOfFour(rows, count, c, nearest, best);
		}
		for (; c < centres.length; c++) {
			float[] row = rowsFrom.apply(c)[0];
			one(byDimension, count, centres[c], row);
			closer(row, count, c, nearest, best);
		}
	}

	/**
	 * The similarity of one point and one centre, summed exactly as {@link #one} and {@link #four} sum it (two
	 * dimensions per step, in order), so the same float.
	 */
	static float similarity(float[] point, float[] centre) {
		float s = 0;
		int d = 0;
		for (; d + 1 < point.length; d += 2) {
			s = s + centre[d] * point[d] + centre[d + 1] * point[d + 1];
		}
		if (d < point.length) {
			s += centre[d] * point[d];
		}
		return s;
	}

	/** Centres first..first+3 (similarities in {@code s}) checked in order against the best so far. */
	private static void closerOfFour(float[][] s, int count, int first, int[] nearest, float[] best) {
		float[] s0 = s[0];
		float[] s1 = s[1];
		float[] s2 = s[2];
		float[] s3 = s[3];
		for (int p = 0; p < count; p++) {
			float b = best[p];
			int n = nearest[p];
			if (s0[p] > b) {
				b = s0[p];
				n = first;
			}
			if (s1[p] > b) {
				b = s1[p];
				n = first + 1;
			}
			if (s2[p] > b) {
				b = s2[p];
				n = first + 2;
			}
			if (s3[p] > b) {
				b = s3[p];
				n = first + 3;
			}
			best[p] = b;
			nearest[p] = n;
		}
	}

	/** Centre {@code centre} (similarities in {@code s}) checked against the best so far. */
	private static void closer(float[] s, int count, int centre, int[] nearest, float[] best) {
		for (int p = 0; p < count; p++) {
			boolean higher = s[p] > best[p];
			best[p] = higher ? s[p] : best[p];
			nearest[p] = higher ? centre : nearest[p];
		}
	}

	/**
	 * Four centres, two dimensions per pass over the similarities (half the loads and stores of one);
	 * {@code s = s + a x + b y} keeps the order of one dimension after the other.
	 */
	private static void four(float[][] byDimension, int count, float[][] centres, int first, float[][] out) {
		four(byDimension, count, centres, first, out[first], out[first + 1], out[first + 2], out[first + 3]);
	}

	/** Similarities of centres first..first+3 into s0..s3. */
	private static void four(float[][] byDimension, int count, float[][] centres, int first, float[] s0, float[] s1,
			float[] s2, float[] s3) {
		for (float[] s : new float[][] { s0, s1, s2, s3 }) {
			Arrays.fill(s, 0, count, 0);
		}
		float[] c0 = centres[first];
		float[] c1 = centres[first + 1];
		float[] c2 = centres[first + 2];
		float[] c3 = centres[first + 3];
		int d = 0;
		for (; d + 1 < byDimension.length; d += 2) {
			float a0 = c0[d];
			float a1 = c1[d];
			float a2 = c2[d];
			float a3 = c3[d];
			float b0 = c0[d + 1];
			float b1 = c1[d + 1];
			float b2 = c2[d + 1];
			float b3 = c3[d + 1];
			float[] rowA = byDimension[d];
			float[] rowB = byDimension[d + 1];
			for (int p = 0; p < count; p++) {
				float x = rowA[p];
				float y = rowB[p];
				s0[p] = s0[p] + a0 * x + b0 * y;
				s1[p] = s1[p] + a1 * x + b1 * y;
				s2[p] = s2[p] + a2 * x + b2 * y;
				s3[p] = s3[p] + a3 * x + b3 * y;
			}
		}
		if (d < byDimension.length) {
			float[] row = byDimension[d];
			for (int p = 0; p < count; p++) {
				float x = row[p];
				s0[p] += c0[d] * x;
				s1[p] += c1[d] * x;
				s2[p] += c2[d] * x;
				s3[p] += c3[d] * x;
			}
		}
	}

	/**
	 * For every point (of the first {@code count}) the centre of its highest similarity, the lowest-numbered on a
	 * tie, into {@code nearest}, and that similarity into {@code best}. Centre by centre along the points, with
	 * selections instead of branches.
	 */
	static void nearest(float[][] similarities, int count, int[] nearest, float[] best) {
		System.arraycopy(similarities[0], 0, best, 0, count);
		Arrays.fill(nearest, 0, count, 0);
		for (int c = 1; c < similarities.length; c++) {
			closer(similarities[c], count, c, nearest, best);
		}
	}

}
