package de.mitreden.themes;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded samples, so that large inputs cost what a sample costs and the result stays deterministic. */
final class Sampling {

	private Sampling() {
	}

	/** {@code k} distinct indices of 0..n-1, ascending (Floyd's algorithm via a partial shuffle). */
	static int[] choose(int n, int k, long seed) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		var random = new SplittableRandom(seed);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(n - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		int[] chosen = Arrays.copyOf(all, k);
		Arrays.sort(chosen);
		return chosen;
	}

}
