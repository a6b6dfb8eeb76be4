package de.mitreden.themes;

/** Small operations on dense float vectors, kept primitive for the hot loops of clustering. */
final class Vectors {

	private Vectors() {
	}

	/**
	 * Eight running sums: the JIT keeps a sum in strict order and so cannot vectorise one accumulator; eight
	 * independent ones let the CPU pipeline them. For the Gram-Schmidt fallback of the LSA; the hot loops of
	 * clustering are written as {@code a[i] += w * b[i]} instead (see {@link CentreSimilarities}).
	 */
	static double dot(double[] a, double[] b) {
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		double s4 = 0;
		double s5 = 0;
		double s6 = 0;
		double s7 = 0;
		int i = 0;
		for (int end = a.length - 7; i < end; i += 8) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
			s4 += a[i + 4] * b[i + 4];
			s5 += a[i + 5] * b[i + 5];
			s6 += a[i + 6] * b[i + 6];
			s7 += a[i + 7] * b[i + 7];
		}
		for (; i < a.length; i++) {
			s0 += a[i] * b[i];
		}
		return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
	}

	/** Scales to unit length; a zero vector stays zero. Returns the length it had. */
	static double normalise(float[] v) {
		double norm = 0;
		for (float x : v) {
			norm += x * x;
		}
		norm = Math.sqrt(norm);
		if (norm > 0) {
			float scale = (float) (1 / norm);
			for (int i = 0; i < v.length; i++) {
				v[i] *= scale;
			}
		}
		return norm;
	}

	static boolean isZero(float[] v) {
		for (float x : v) {
			if (x != 0) {
				return false;
			}
		}
		return true;
	}

}
