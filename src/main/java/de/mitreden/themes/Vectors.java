package de.mitreden.themes;

/** Small operations on dense float vectors, kept primitive for the hot loops of clustering. */
final class Vectors {

	private Vectors() {
	}

	/**
	 * Four running sums: the JIT keeps a float sum in strict order and so cannot vectorise one accumulator; four
	 * independent ones let the CPU pipeline them (k-means spends most of its time here).
	 */
	static float dot(float[] a, float[] b) {
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int i = 0;
		for (int end = a.length - 3; i < end; i += 4) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
		}
		for (; i < a.length; i++) {
			s0 += a[i] * b[i];
		}
		return (s0 + s1) + (s2 + s3);
	}

	/** The same in double, for the LSA fit's orthonormalisation and Gram matrix. */
	static double dot(double[] a, double[] b) {
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		int i = 0;
		for (int end = a.length - 3; i < end; i += 4) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
		}
		for (; i < a.length; i++) {
			s0 += a[i] * b[i];
		}
		return (s0 + s1) + (s2 + s3);
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
