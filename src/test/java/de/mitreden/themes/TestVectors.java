package de.mitreden.themes;

/** The plain dot product, as the reference the tests compare the vectorised similarities with. */
final class TestVectors {

	private TestVectors() {
	}

	static float dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += (double) a[i] * b[i];
		}
		return (float) sum;
	}

}
