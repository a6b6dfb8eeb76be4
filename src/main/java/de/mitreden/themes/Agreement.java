package de.mitreden.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well themes agree with hand-made labels, as scikit-learn computes it: NMI with the arithmetic mean of the
 * two entropies, and the adjusted Rand index. "Sonstiges" counts as one more group.
 */
final class Agreement {

	private Agreement() {
	}

	static double nmi(List<String> truth, List<String> found) {
		int n = truth.size();
		Map<String, Integer> a = counts(truth);
		Map<String, Integer> b = counts(found);
		double mutual = 0;
		for (var cell : joint(truth, found).entrySet()) {
			String[] key = cell.getKey().split("\u0000", 2);
			double pxy = (double) cell.getValue() / n;
			mutual += pxy * Math.log(pxy * n * n / ((double) a.get(key[0]) * b.get(key[1])));
		}
		double mean = (entropy(a, n) + entropy(b, n)) / 2;
		return (mean == 0) ? 1 : Math.max(0, mutual) / mean;
	}

	static double ari(List<String> truth, List<String> found) {
		double together = 0;
		for (int c : joint(truth, found).values()) {
			together += pairs(c);
		}
		double a = 0;
		for (int c : counts(truth).values()) {
			a += pairs(c);
		}
		double b = 0;
		for (int c : counts(found).values()) {
			b += pairs(c);
		}
		double expected = a * b / pairs(truth.size());
		double max = (a + b) / 2;
		return (max == expected) ? 1 : (together - expected) / (max - expected);
	}

	private static double pairs(int c) {
		return c * (c - 1) / 2.0;
	}

	private static double entropy(Map<String, Integer> counts, int n) {
		double h = 0;
		for (int c : counts.values()) {
			double p = (double) c / n;
			h -= p * Math.log(p);
		}
		return h;
	}

	private static Map<String, Integer> counts(List<String> values) {
		Map<String, Integer> counts = new HashMap<>();
		values.forEach(v -> counts.merge(v, 1, Integer::sum));
		return counts;
	}

	private static Map<String, Integer> joint(List<String> a, List<String> b) {
		Map<String, Integer> joint = new HashMap<>();
		for (int i = 0; i < a.size(); i++) {
			joint.merge(a.get(i) + "\u0000" + b.get(i), 1, Integer::sum);
		}
		return joint;
	}

}
