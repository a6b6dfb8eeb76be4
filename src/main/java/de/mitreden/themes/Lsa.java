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

	private static final int POWER_ITERATIONS = 2;

	/** Rows beyond this are not needed to find the main directions; a seeded sample of them is used. */
	static final int MAX_FIT_ROWS = 10_000;

	private Lsa() {
	}

	/**
	 * The unit embeddings of all answers of {@code all} in (at most) {@code wantedDimensions} dimensions; all zeros
	 * for an answer without features.
	 */
	static float[][] embed(TermWeights all, int wantedDimensions, long seed) {
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
		double[][] q = rangeOf(m, bt, l, seed);
		m.transposeTimes(q, l, bt); // (M^T Q): the other side, x l
		var eigen = SymmetricEigen.of(crossGram(q, m.times(bt, l), l));
		int d = Math.min(wantedDimensions, l);
		// Answer side: Q ≈ U, B^T W = V Σ, so x V Σ = (x B^T) W. Feature side: Q ≈ V, so x V Σ = (x Q) (W Σ).
		double[][] featureFactor = answerSide ? bt : q;
		float[][] mixByColumn = new float[l][d]; // R^T for the d x l mix R
		for (int k = 0; k < d; k++) {
			double scale = answerSide ? 1 : Math.sqrt(Math.max(eigen.values[k], 0));
			for (int i = 0; i < l; i++) {
				mixByColumn[i][k] = (float) (eigen.vectors[k][i] * scale);
			}
		}
		return embedAll(all, featureFactor, mixByColumn, l, d);
	}

	/**
	 * An orthonormal basis (m.rows() x l) of the range of M, by subspace iteration from the Gaussian {@code start}
	 * (m.columns() x l, drawn with {@code seed}), which is overwritten: it holds M^T Y in each iteration.
	 * <p>
	 * First Y = (M M^T)^q M G, orthonormalised once at the end, as scikit-learn's randomized range finder does for up
	 * to two power iterations: in exact arithmetic every step spans the same range, and orthonormalising in between
	 * only guards against the columns becoming nearly dependent as the iterations favour the top directions. Where
	 * they did (one topic far more frequent than the rest, or fewer directions than columns), one Cholesky QR pass at
	 * the end shows it, and the range is found again with an orthonormalisation after every step. On the Bonn
	 * answers the Cholesky factor's diagonal spans a ratio of 32–35 (titles) and 8–9 (long answers), where the check
	 * gives up at 10^4; the embeddings' similarities agree with those of the careful way to 1.2·10⁻⁷ and the themes
	 * are the same. It saves two of three orthonormalisations (titles: LSA 9.4 → 7 ms).
	 */
	private static double[][] rangeOf(SparseRows m, double[][] start, int l, long seed) {
		double[][] y = m.times(start, l);
		powerIterations(m, start, y, l, false);
		if (CholeskyQr.orthonormaliseIfWellConditioned(y, l)) {
			return y;
		}
		fillGaussian(start, l, seed);
		m.times(start, l, y);
		CholeskyQr.orthonormalise(y, l);
		powerIterations(m, start, y, l, true);
		return y;
	}

	/** Y = M (M^T Y), {@link #POWER_ITERATIONS} times, through {@code buffer} (M^T Y). */
	private static void powerIterations(SparseRows m, double[][] buffer, double[][] y, int l,
			boolean orthonormaliseEach) {
		for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
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
			VectorWork.over(features, features).forEach(f -> projected[f] = mixDown(rows[f], mixByColumn, d));
			return combine(all, projected, null, d);
		}
		return combine(all, rows, mixByColumn, l);
	}

	/**
	 * Each answer as the weighted sum of its features' rows, then (if {@code mixByColumn}) mixed down; many answers
	 * on two threads.
	 */
	private static float[][] combine(TermWeights all, float[][] featureRows, float[][] mixByColumn, int width) {
		float[][] embeddings = new float[all.index.length][];
		VectorWork.over(embeddings.length, embeddings.length).forEach(a -> {
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
			float[] e = (mixByColumn == null) ? sum : mixDown(sum, mixByColumn, mixByColumn[0].length);
			Vectors.normalise(e);
			embeddings[a] = e;
		});
		return embeddings;
	}

	/**
	 * x R^T for the mix R (d x l), given as R^T: a sum of R's columns, the loop the JIT vectorises. Four columns per
	 * pass over the sum, added one after the other as four passes would: the same sums with a quarter of the sum's
	 * loads and stores (for the titles this step was a sixth of the LSA).
	 */
	private static float[] mixDown(float[] x, float[][] mixByColumn, int d) {
		float[] mixed = new float[d];
		int i = 0;
		for (; i + 4 <= mixByColumn.length; i += 4) {
			float w0 = x[i];
			float w1 = x[i + 1];
			float w2 = x[i + 2];
			float w3 = x[i + 3];
			float[] c0 = mixByColumn[i];
			float[] c1 = mixByColumn[i + 1];
			float[] c2 = mixByColumn[i + 2];
			float[] c3 = mixByColumn[i + 3];
			for (int k = 0; k < d; k++) {
				mixed[k] = mixed[k] + w0 * c0[k] + w1 * c1[k] + w2 * c2[k] + w3 * c3[k];
			}
		}
		for (; i < mixByColumn.length; i++) {
			float w = x[i];
			float[] column = mixByColumn[i];
			for (int k = 0; k < d; k++) {
				mixed[k] += w * column[k];
			}
		}
		return mixed;
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
	 * Q^T (M M^T Q), which is (M^T Q)^T (M^T Q), over the smaller side: for long answers M^T Q has a row per
	 * feature (11,103 for Bonn), Q one per answer (2,314), so this costs a third of the direct product. Symmetric
	 * in exact arithmetic; the upper triangle is mirrored.
	 */
	private static double[][] crossGram(double[][] q, double[][] mmtq, int l) {
		return CholeskyQr.symmetricProduct(q, mmtq, l);
	}

}
