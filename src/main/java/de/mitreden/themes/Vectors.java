package de.mitreden.themes;

/** Small operations on dense float vectors, kept primitive for the hot loops of clustering. */
final class Vectors {

	private Vectors() {
	}

	static float dot(float[] a, float[] b) {
		float sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
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
