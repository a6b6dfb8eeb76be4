package de.mitreden.themes;

import java.util.SplittableRandom;

/**
 * Latent semantic analysis by randomised SVD (Halko, Martinsson, Tropp 2011): the TF-IDF matrix is projected
 * onto its top singular directions, where answers that use related words ("Ampel", "Lichtsignal",
 * "Grünphase") come close although they share few words. Short answers need this most.
 * <p>
 * The result is a projection from the sparse feature space to {@code dimensions} dense ones, so new answers
 * can be embedded the same way later (assignment to existing themes).
 */
final class Lsa {

	private static final int OVERSAMPLING = 10;

	private static final int POWER_ITERATIONS = 2;

	/** Feature → dense row of length {@code dimensions}, row-major. */
	final float[] projection;

	final int dimensions;

	private Lsa(float[] projection, int dimensions) {
		this.projection = projection;
		this.dimensions = dimensions;
	}

	/** Rows beyond this are not needed to find the main directions; a seeded sample of them is used. */
	static final int MAX_FIT_ROWS = 10_000;

	static Lsa fit(TermWeights all, int wantedDimensions, long seed) {
		TermWeights weights = all.sample(MAX_FIT_ROWS, seed);
		int n = weights.index.length;
		int features = weights.features();
		int l = Math.min(wantedDimensions + OVERSAMPLING, Math.min(n, features));
		if (l <= 0) {
			return new Lsa(new float[0], 0);
		}
		double[][] omega = gaussian(features, l, seed);
		double[][] y = times(weights, omega, n, l);
		orthonormalise(y, n, l);
		for (int q = 0; q < POWER_ITERATIONS; q++) {
			// Z = A^T Q is not orthonormalised: Q is, after every step, which keeps the iteration stable enough
			// for the top directions and saves the largest Gram-Schmidt (features x l).
			double[][] z = transposeTimes(weights, y, features, l);
			y = times(weights, z, n, l);
			orthonormalise(y, n, l);
		}
		double[][] bt = transposeTimes(weights, y, features, l); // B^T = A^T Q, features x l
		double[][] gram = gram(bt, features, l);
		var eigen = SymmetricEigen.of(gram);
		int d = Math.min(wantedDimensions, l);
		// V = B^T W Sigma^-1 (features x d); the embedding of a row x is x V Sigma = x B^T W. In float, so that
		// the features x d x l products run through the unrolled dot product (the largest step of the fit).
		float[][] w = new float[d][l];
		for (int k = 0; k < d; k++) {
			for (int i = 0; i < l; i++) {
				w[k][i] = (float) eigen.vectors[k][i];
			}
		}
		float[] projection = new float[features * d];
		float[] row = new float[l];
		for (int f = 0; f < features; f++) {
			for (int i = 0; i < l; i++) {
				row[i] = (float) bt[f][i];
			}
			for (int k = 0; k < d; k++) {
				projection[f * d + k] = Vectors.dot(row, w[k]);
			}
		}
		return new Lsa(projection, d);
	}

	/** The L2-normalised embedding of a sparse vector; all zeros if it has no known feature. */
	float[] embed(int[] index, float[] value) {
		float[] e = new float[this.dimensions];
		for (int i = 0; i < index.length; i++) {
			int base = index[i] * this.dimensions;
			if (base >= this.projection.length) {
				continue;
			}
			float w = value[i];
			for (int k = 0; k < this.dimensions; k++) {
				e[k] += w * this.projection[base + k];
			}
		}
		Vectors.normalise(e);
		return e;
	}

	private static double[][] gaussian(int rows, int cols, long seed) {
		var random = new SplittableRandom(seed);
		double[][] m = new double[rows][cols];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				m[r][c] = gaussian(random);
			}
		}
		return m;
	}

	private static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** A (n x features, sparse) times M (features x l). */
	private static double[][] times(TermWeights a, double[][] m, int n, int l) {
		double[][] result = new double[n][l];
		for (int r = 0; r < n; r++) {
			int[] idx = a.index[r];
			float[] val = a.value[r];
			double[] out = result[r];
			for (int i = 0; i < idx.length; i++) {
				double w = val[i];
				double[] row = m[idx[i]];
				for (int c = 0; c < l; c++) {
					out[c] += w * row[c];
				}
			}
		}
		return result;
	}

	/** A^T (features x n) times M (n x l). */
	private static double[][] transposeTimes(TermWeights a, double[][] m, int features, int l) {
		double[][] result = new double[features][l];
		for (int r = 0; r < a.index.length; r++) {
			int[] idx = a.index[r];
			float[] val = a.value[r];
			double[] row = m[r];
			for (int i = 0; i < idx.length; i++) {
				double w = val[i];
				double[] out = result[idx[i]];
				for (int c = 0; c < l; c++) {
					out[c] += w * row[c];
				}
			}
		}
		return result;
	}

	/** B B^T (l x l) from B^T (features x l), column by column so that each entry is one contiguous dot product. */
	private static double[][] gram(double[][] bt, int features, int l) {
		double[][] columns = new double[l][features];
		for (int f = 0; f < features; f++) {
			for (int i = 0; i < l; i++) {
				columns[i][f] = bt[f][i];
			}
		}
		double[][] gram = new double[l][l];
		for (int i = 0; i < l; i++) {
			for (int j = i; j < l; j++) {
				gram[i][j] = Vectors.dot(columns[i], columns[j]);
				gram[j][i] = gram[i][j];
			}
		}
		return gram;
	}

	/**
	 * Orthonormal columns by modified Gram-Schmidt on a column-major copy (contiguous dot products), one pass:
	 * the power iterations orthonormalise again. Zero columns stay zero.
	 */
	private static void orthonormalise(double[][] m, int rows, int cols) {
		double[][] columns = new double[cols][rows];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				columns[c][r] = m[r][c];
			}
		}
		for (int c = 0; c < cols; c++) {
			double[] column = columns[c];
			for (int p = 0; p < c; p++) {
				double[] previous = columns[p];
				double dot = Vectors.dot(column, previous);
				for (int r = 0; r < rows; r++) {
					column[r] -= dot * previous[r];
				}
			}
			double norm = 0;
			for (int r = 0; r < rows; r++) {
				norm += column[r] * column[r];
			}
			double scale = (norm > 1e-20) ? 1 / Math.sqrt(norm) : 0;
			for (int r = 0; r < rows; r++) {
				column[r] *= scale;
			}
		}
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				m[r][c] = columns[c][r];
			}
		}
	}

}
