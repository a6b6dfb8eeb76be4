package de.mitreden.themes;

import java.util.SplittableRandom;

/**
 * Latent semantic analysis by randomised SVD (Halko, Martinsson, Tropp 2011): the answers' TF-IDF vectors are
 * projected onto the top singular directions, where answers that use related words ("Ampel", "Lichtsignal",
 * "Grünphase") come close although they share few words. Short answers need this most.
 * <p>
 * With A = U Σ V^T (answers x features), an answer x is embedded as x V Σ (so an answer of the fit lands at its
 * row of U Σ², which weights the strong directions up) and L2-normalised.
 * <p>
 * The range finder works on the smaller side of A: on the answers when there are fewer answers than features (long
 * answers), on the features otherwise (one-liners share few words: 2,314 titles have 935 features). Its cost is the
 * sparse products and one orthonormalisation of a (smaller side x l) matrix.
 */
final class Lsa {

	private static final int OVERSAMPLING = 10;

	/** Rows beyond this are not needed to find the main directions; a seeded sample of them is used. */
	static final int MAX_FIT_ROWS = 10_000;

	private Lsa() {
	}

	/**
	 * The unit embeddings of all answers of {@code all} in (at most) {@code wantedDimensions} dimensions; all zeros
	 * for an answer without features.
	 */
	static float[][] embed(TermWeights all, int wantedDimensions, int powerIterations, long seed) {
		TermWeights fit = all.sample(MAX_FIT_ROWS, seed);
		var answers = new SparseRows(fit.index, fit.value, fit.features());
		int l = Math.min(wantedDimensions + OVERSAMPLING, Math.min(answers.rows(), answers.columns()));
		if (l <= 0) {
			return new float[all.index.length][0];
		}
		boolean answerSide = answers.rows() <= answers.columns();
		SparseRows m = answerSide ? answers : answers.transpose();
		// the other side's buffer (columns x l): the Gaussian start, then M^T Q in every power iteration
		double[][] bt = gaussian(m.columns(), l, seed);
		double[][] y = m.times(bt, l);
		double[][] r = rangeOf(m, bt, y, l, powerIterations, seed);
		m.transposeTimes(y, l, bt); // (M^T Y): the other side, x l
		double[][] mmty = m.times(bt, l);
		double[][] inY = crossGram(y, mmty, l); // Y^T M M^T Y
		var eigen = SymmetricEigen.of((r == null) ? inY : CholeskyQr.congruence(inY, r));
		int d = Math.min(wantedDimensions, l);
		// With Q = Y R^-1 and the eigenvectors W of Q^T M M^T Q: answer side, Q ≈ U and B^T W = V Σ for B = Q^T M,
		// so x V Σ = (x M^T Y) (R^-1 W); feature side, Q ≈ V, so x V Σ = (x Y) (R^-1 W Σ).
		double[][] featureFactor = answerSide ? bt : y;
		double[][] mixColumns = java.util.Arrays.copyOf(eigen.vectors, d);
		if (r != null) {
			mixColumns = CholeskyQr.inverseTimes(r, mixColumns);
		}
		float[][] mixByColumn = new float[l][d]; // the l x d mix R^-1 W (Σ)
		for (int k = 0; k < d; k++) {
			double scale = answerSide ? 1 : Math.sqrt(Math.max(eigen.values[k], 0));
			double[] column = mixColumns[k];
			for (int i = 0; i < l; i++) {
				mixByColumn[i][k] = (float) (column[i] * scale);
			}
		}
		if (answerSide && fit == all) {
			// every answer is a row x of M, and x (M^T Y) is its row of M M^T Y, at hand from the Rayleigh–Ritz step
			return combine(mmty.length, a -> toFloat(mmty[a]), mixByColumn);
		}
		return embedAll(all, featureFactor, mixByColumn, l, d);
	}

	private static float[] toFloat(double[] row) {
		float[] copy = new float[row.length];
		for (int i = 0; i < row.length; i++) {
			copy[i] = (float) row[i];
		}
		return copy;
	}

	/**
	 * A basis Y (m.rows() x l) of the range of M, in place of {@code y} (M G for the Gaussian G in {@code start},
	 * m.columns() x l, drawn with {@code seed}; overwritten: it holds M^T Y in each iteration), and the factor R of
	 * Y = Q R with orthonormal Q; null if Y itself is orthonormal.
	 * <p>
	 * First Y = (M M^T)^q M G, orthonormalised once at the end, as scikit-learn's randomized range finder does for up
	 * to two power iterations: in exact arithmetic every step spans the same range, and orthonormalising in between
	 * only guards against the columns becoming nearly dependent as the iterations favour the top directions. Where
	 * they did (one topic far more frequent than the rest, or fewer directions than columns), the Cholesky factor of
	 * Y^T Y shows it, and the range is found again with an orthonormalisation after every step. On the Bonn answers
	 * the factor's diagonal spans a ratio of 32–35 (titles) and 8–9 (long answers), where the check gives up at
	 * 10^4; the embeddings' similarities agree with those of the careful way to 1.2·10⁻⁷ and the themes are the
	 * same. It saves two of three orthonormalisations (titles: LSA 9.4 → 7 ms).
	 * <p>
	 * Q = Y R^-1 itself is not formed: the Rayleigh–Ritz step takes Y^T M M^T Y into Q's basis as R^-T (Y^T M M^T Y)
	 * R^-1, an l x l product, and R^-1 joins the small mix of the embeddings. That spares a triangular solve per row
	 * of Y (titles: about 0.7 ms of 6).
	 */
	private static double[][] rangeOf(SparseRows m, double[][] start, double[][] y, int l, int iterations,
			long seed) {
		powerIterations(m, start, y, l, iterations, false);
		double[][] r = CholeskyQr.factorIfWellConditioned(y, l);
		if (r != null) {
			return r;
		}
		fillGaussian(start, l, seed);
		m.times(start, l, y);
		CholeskyQr.orthonormalise(y, l);
		powerIterations(m, start, y, l, iterations, true);
		return null;
	}

	/** Y = M (M^T Y), {@code iterations} times, through {@code buffer} (M^T Y). */
	private static void powerIterations(SparseRows m, double[][] buffer, double[][] y, int l, int iterations,
			boolean orthonormaliseEach) {
		for (int iteration = 0; iteration < iterations; iteration++) {
			m.transposeTimes(y, l, buffer);
			m.times(buffer, l, y);
			if (orthonormaliseEach) {
				CholeskyQr.orthonormalise(y, l);
			}
		}
	}

	/**
	 * Every answer x as (x F) R, normalised: F is features x l, R is d x l. When there are fewer features than
	 * answers, F R is multiplied out once instead (features x d).
	 */
	private static float[][] embedAll(TermWeights all, double[][] featureFactor, float[][] mixByColumn, int l,
			int d) {
		int n = all.index.length;
		int features = featureFactor.length;
		float[][] rows = new float[features][l];
		for (int f = 0; f < features; f++) {
			for (int i = 0; i < l; i++) {
				rows[f][i] = (float) featureFactor[f][i];
			}
		}
		if (features < n) {
			float[][] projected = new float[features][];
			VectorWork.over((features + 1) / 2, features).forEach(pair -> {
				int f = 2 * pair;
				int g = Math.min(f + 1, features - 1);
				float[][] mixed = mixDown(rows[f], rows[g], mixByColumn, d);
				projected[f] = mixed[0];
				projected[g] = mixed[1];
			});
			return combine(n, a -> sum(all, a, projected, d), null);
		}
		return combine(n, a -> sum(all, a, rows, l), mixByColumn);
	}

	/**
	 * The n answers' rows ({@code rowOf}), each then (if {@code mixByColumn}) mixed down, two answers per pass over
	 * the mix, and normalised; many answers on two threads.
	 */
	private static float[][] combine(int n, java.util.function.IntFunction<float[]> rowOf, float[][] mixByColumn) {
		float[][] embeddings = new float[n][];
		VectorWork.over((n + 1) / 2, n).forEach(pair -> {
			int a = 2 * pair;
			int b = Math.min(a + 1, n - 1);
			float[] rowA = rowOf.apply(a);
			float[] rowB = (b == a) ? rowA : rowOf.apply(b);
			float[][] mixed = (mixByColumn == null) ? new float[][] { rowA, rowB }
					: mixDown(rowA, rowB, mixByColumn, mixByColumn[0].length);
			Vectors.normalise(mixed[0]);
			embeddings[a] = mixed[0];
			if (b != a) {
				Vectors.normalise(mixed[1]);
				embeddings[b] = mixed[1];
			}
		});
		return embeddings;
	}

	/** Answer a as the weighted sum of its features' rows. */
	private static float[] sum(TermWeights all, int a, float[][] featureRows, int width) {
		float[] sum = new float[width];
		int[] index = all.index[a];
		float[] value = all.value[a];
		for (int i = 0; i < index.length; i++) {
			float w = value[i];
			float[] row = featureRows[index[i]];
			for (int k = 0; k < width; k++) {
				sum[k] += w * row[k];
			}
		}
		return sum;
	}

	/**
	 * x R^T and y R^T for the mix R (d x l), given as R^T: sums of R's columns, the loop the JIT vectorises. Four
	 * columns per pass over the sums, added one after the other as four passes would (the same sums with a quarter
	 * of the sums' loads and stores; for the titles this step was a sixth of the LSA), and two rows per pass, so that
	 * each value of the mix is loaded once for both (about a third faster than one row at a time; four rows at once
	 * did not vectorise). For a single row, give it as both.
	 */
	private static float[][] mixDown(float[] x, float[] y, float[][] mixByColumn, int d) {
		float[] mx = new float[d];
		float[] my = new float[d];
		int i = 0;
		for (; i + 4 <= mixByColumn.length; i += 4) {
			float w0 = x[i];
			float w1 = x[i + 1];
			float w2 = x[i + 2];
			float w3 = x[i + 3];
			float u0 = y[i];
			float u1 = y[i + 1];
			float u2 = y[i + 2];
			float u3 = y[i + 3];
			float[] c0 = mixByColumn[i];
			float[] c1 = mixByColumn[i + 1];
			float[] c2 = mixByColumn[i + 2];
			float[] c3 = mixByColumn[i + 3];
			for (int k = 0; k < d; k++) {
				float v0 = c0[k];
				float v1 = c1[k];
				float v2 = c2[k];
				float v3 = c3[k];
				mx[k] = mx[k] + w0 * v0 + w1 * v1 + w2 * v2 + w3 * v3;
				my[k] = my[k] + u0 * v0 + u1 * v1 + u2 * v2 + u3 * v3;
			}
		}
		for (; i < mixByColumn.length; i++) {
			float w = x[i];
			float u = y[i];
			float[] column = mixByColumn[i];
			for (int k = 0; k < d; k++) {
				mx[k] += w * column[k];
				my[k] += u * column[k];
			}
		}
		return new float[][] { mx, my };
	}

	private static double[][] gaussian(int rows, int cols, long seed) {
		double[][] m = new double[rows][cols];
		fillGaussian(m, cols, seed);
		return m;
	}

	private static void fillGaussian(double[][] m, int cols, long seed) {
		NormalTable.fill(m, cols, new SplittableRandom(seed));
	}

	/**
	 * Y^T (M M^T Y), which is (M^T Y)^T (M^T Y), over the smaller side: for long answers M^T Y has a row per
	 * feature (11,103 for Bonn), Y one per answer (2,314), so this costs a third of the direct product. Symmetric
	 * in exact arithmetic; the upper triangle is mirrored.
	 */
	private static double[][] crossGram(double[][] q, double[][] mmtq, int l) {
		return CholeskyQr.symmetricProduct(q, mmtq, l);
	}

}
