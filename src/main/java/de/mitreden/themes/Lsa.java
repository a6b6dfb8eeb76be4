package de.mitreden.themes;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

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
 * orthonormalisation of a (smaller side x l) matrix three times.
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
		double[][] q = rangeOf(m, l, seed);
		double[][] bt = m.transposeTimes(q, l); // (M^T Q): the other side, x l
		var eigen = SymmetricEigen.of(crossGram(q, m.times(bt, l), l));
		int d = Math.min(wantedDimensions, l);
		// Answer side: Q ≈ U, B^T W = V Σ, so x V Σ = (x B^T) W. Feature side: Q ≈ V, so x V Σ = (x Q) (W Σ).
		double[][] featureFactor = answerSide ? bt : q;
		float[][] mix = new float[d][l];
		for (int k = 0; k < d; k++) {
			double scale = answerSide ? 1 : Math.sqrt(Math.max(eigen.values[k], 0));
			for (int i = 0; i < l; i++) {
				mix[k][i] = (float) (eigen.vectors[k][i] * scale);
			}
		}
		return embedAll(all, featureFactor, mix, l, d);
	}

	/** An orthonormal basis (m.rows() x l) of the range of M, by subspace iteration from a Gaussian start. */
	private static double[][] rangeOf(SparseRows m, int l, long seed) {
		double[][] y = m.times(gaussian(m.columns(), l, seed), l);
		orthonormalise(y, l, POWER_ITERATIONS == 0);
		for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
			// M^T Q is not orthonormalised, Q is after every step: stable enough for the top directions, and it
			// saves the Gram-Schmidt on the larger side.
			y = m.times(m.transposeTimes(y, l), l);
			orthonormalise(y, l, iteration == POWER_ITERATIONS - 1);
		}
		return y;
	}

	/**
	 * Every answer x as (x F) R, normalised: F is features x l, R is d x l. When there are fewer features than
	 * answers, F R is multiplied out once instead (features x d).
	 */
	private static float[][] embedAll(TermWeights all, double[][] featureFactor, float[][] mix, int l, int d) {
		int n = all.index.length;
		int features = featureFactor.length;
		float[][] rows = new float[features][l];
		for (int f = 0; f < features; f++) {
			for (int i = 0; i < l; i++) {
				rows[f][i] = (float) featureFactor[f][i];
			}
		}
		if (features < n) {
			float[][] projected = new float[features][d];
			for (int f = 0; f < features; f++) {
				for (int k = 0; k < d; k++) {
					projected[f][k] = Vectors.dot(rows[f], mix[k]);
				}
			}
			return combine(all, projected, null, d);
		}
		return combine(all, rows, mix, l);
	}

	/**
	 * Each answer as the weighted sum of its features' rows, then (if {@code mix}) mixed down to mix.length;
	 * answers on two threads.
	 */
	private static float[][] combine(TermWeights all, float[][] featureRows, float[][] mix, int width) {
		float[][] embeddings = new float[all.index.length][];
		IntStream.range(0, embeddings.length).parallel().forEach(a -> {
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
			float[] e = sum;
			if (mix != null) {
				e = new float[mix.length];
				if (index.length > 0) {
					for (int k = 0; k < mix.length; k++) {
						e[k] = Vectors.dot(sum, mix[k]);
					}
				}
			}
			Vectors.normalise(e);
			embeddings[a] = e;
		});
		return embeddings;
	}

	private static double[][] gaussian(int rows, int cols, long seed) {
		var random = new SplittableRandom(seed);
		double[][] m = new double[rows][cols];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				m[r][c] = random.nextGaussian();
			}
		}
		return m;
	}

	/**
	 * Q^T (M M^T Q), which is (M^T Q)^T (M^T Q), over the smaller side: for long answers M^T Q has a row per
	 * feature (11,103 for Bonn), Q one per answer (2,314), so this costs a third of the direct product. Symmetric
	 * in exact arithmetic; the upper triangle is mirrored.
	 */
	private static double[][] crossGram(double[][] q, double[][] mmtq, int l) {
		double[][] left = columns(q, l);
		double[][] right = columns(mmtq, l);
		double[][] gram = new double[l][l];
		IntStream.range(0, l).parallel().forEach(i -> {
			for (int j = i; j < l; j++) {
				gram[i][j] = Vectors.dot(left[i], right[j]);
			}
		});
		for (int i = 0; i < l; i++) {
			for (int j = i + 1; j < l; j++) {
				gram[j][i] = gram[i][j];
			}
		}
		return gram;
	}

	/**
	 * The Gram matrix of the given columns, on two threads: row i of the upper triangle goes with row l - 1 - i,
	 * so both halves of the work are the same size.
	 */
	private static double[][] gramOfColumns(double[][] columns) {
		int l = columns.length;
		double[][] gram = new double[l][l];
		IntStream.range(0, (l + 1) / 2).parallel().forEach(pair -> {
			gramRow(columns, gram, pair);
			if (l - 1 - pair != pair) {
				gramRow(columns, gram, l - 1 - pair);
			}
		});
		return gram;
	}

	private static void gramRow(double[][] columns, double[][] gram, int i) {
		for (int j = i; j < columns.length; j++) {
			gram[i][j] = Vectors.dot(columns[i], columns[j]);
			gram[j][i] = gram[i][j];
		}
	}

	private static double[][] columns(double[][] m, int cols) {
		double[][] columns = new double[cols][m.length];
		for (int r = 0; r < m.length; r++) {
			for (int c = 0; c < cols; c++) {
				columns[c][r] = m[r][c];
			}
		}
		return columns;
	}

	/**
	 * Orthonormal columns in place by Cholesky QR (Q = Y R^-1 with R^T R = Y^T Y): a Gram matrix and a triangular
	 * solve per row, all of it on two threads. For the basis that is kept ({@code twice}) a second pass repairs what
	 * the first lost to rounding; the steps in between only need to keep the directions apart. When Y is (nearly)
	 * rank-deficient the Cholesky factor breaks down, and modified Gram-Schmidt does it instead.
	 */
	private static void orthonormalise(double[][] m, int cols, boolean twice) {
		for (int pass = 0; pass < (twice ? 2 : 1); pass++) {
			double[][] r = cholesky(gramOfColumns(columns(m, cols)));
			if (r == null) {
				gramSchmidt(m, cols);
				return;
			}
			solveRows(m, r);
		}
	}

	/** Below this pivot (relative to the largest diagonal entry) the columns count as dependent. */
	private static final double MIN_PIVOT = 1e-10;

	/** Upper triangular R with R^T R = G, or null if G is not clearly positive definite. */
	private static double[][] cholesky(double[][] g) {
		int l = g.length;
		double largest = 0;
		for (int i = 0; i < l; i++) {
			largest = Math.max(largest, g[i][i]);
		}
		double[][] r = new double[l][l];
		for (int j = 0; j < l; j++) {
			double pivot = g[j][j];
			for (int k = 0; k < j; k++) {
				pivot -= r[k][j] * r[k][j];
			}
			if (!(pivot > MIN_PIVOT * largest)) {
				return null;
			}
			r[j][j] = Math.sqrt(pivot);
			for (int i = j + 1; i < l; i++) {
				double sum = g[j][i];
				for (int k = 0; k < j; k++) {
					sum -= r[k][j] * r[k][i];
				}
				r[j][i] = sum / r[j][j];
			}
		}
		return r;
	}

	/**
	 * Every row y of m becomes y R^-1 (forward substitution: q R = y, R's columns read as contiguous rows of its
	 * transpose), rows on two threads.
	 */
	private static void solveRows(double[][] m, double[][] r) {
		int l = r.length;
		double[][] columns = columns(r, l);
		IntStream.range(0, m.length).parallel().forEach(row -> {
			double[] y = m[row];
			for (int j = 0; j < l; j++) {
				y[j] = (y[j] - prefixDot(y, columns[j], j)) / columns[j][j];
			}
		});
	}

	/** The dot product of the first {@code length} entries, with four running sums as {@link Vectors#dot}. */
	private static double prefixDot(double[] a, double[] b, int length) {
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		int i = 0;
		for (int end = length - 3; i < end; i += 4) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
		}
		for (; i < length; i++) {
			s0 += a[i] * b[i];
		}
		return (s0 + s1) + (s2 + s3);
	}

	/** Modified Gram-Schmidt on a column-major copy (contiguous dot products). Zero columns stay zero. */
	private static void gramSchmidt(double[][] m, int cols) {
		double[][] columns = columns(m, cols);
		for (int c = 0; c < cols; c++) {
			double[] column = columns[c];
			for (int p = 0; p < c; p++) {
				double[] previous = columns[p];
				double dot = Vectors.dot(column, previous);
				for (int r = 0; r < column.length; r++) {
					column[r] -= dot * previous[r];
				}
			}
			double norm = Vectors.dot(column, column);
			double scale = (norm > 1e-20) ? 1 / Math.sqrt(norm) : 0;
			for (int r = 0; r < column.length; r++) {
				column[r] *= scale;
			}
		}
		for (int r = 0; r < m.length; r++) {
			for (int c = 0; c < cols; c++) {
				m[r][c] = columns[c][r];
			}
		}
	}

	/** A sparse matrix by rows (feature ids ascending per row), as TF-IDF keeps it, and its transpose once needed. */
	private static final class SparseRows {

		private final int[][] index;

		private final float[][] value;

		private final int columns;

		private SparseRows transposed;

		SparseRows(int[][] index, float[][] value, int columns) {
			this.index = index;
			this.value = value;
			this.columns = columns;
		}

		private SparseRows(SparseRows original) {
			int[] counts = new int[original.columns];
			for (int[] row : original.index) {
				for (int c : row) {
					counts[c]++;
				}
			}
			this.index = new int[original.columns][];
			this.value = new float[original.columns][];
			for (int c = 0; c < original.columns; c++) {
				this.index[c] = new int[counts[c]];
				this.value[c] = new float[counts[c]];
			}
			int[] filled = new int[original.columns];
			for (int r = 0; r < original.index.length; r++) {
				for (int i = 0; i < original.index[r].length; i++) {
					int c = original.index[r][i];
					this.index[c][filled[c]] = r;
					this.value[c][filled[c]++] = original.value[r][i];
				}
			}
			this.columns = original.index.length;
			this.transposed = original;
		}

		int rows() {
			return this.index.length;
		}

		int columns() {
			return this.columns;
		}

		SparseRows transpose() {
			if (this.transposed == null) {
				this.transposed = new SparseRows(this);
			}
			return this.transposed;
		}

		/** This (rows x columns) times D (columns x l), rows on two threads. */
		double[][] times(double[][] dense, int l) {
			double[][] result = new double[rows()][l];
			IntStream.range(0, rows()).parallel().forEach(r -> {
				int[] idx = this.index[r];
				float[] val = this.value[r];
				double[] out = result[r];
				for (int i = 0; i < idx.length; i++) {
					double w = val[i];
					double[] row = dense[idx[i]];
					for (int c = 0; c < l; c++) {
						out[c] += w * row[c];
					}
				}
			});
			return result;
		}

		/** This transposed (columns x rows) times D (rows x l). */
		double[][] transposeTimes(double[][] dense, int l) {
			return transpose().times(dense, l);
		}

	}

}
