package de.mitreden.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** NMI (arithmetic mean normalisation, as scikit-learn) and ARI of a clustering against labels. */
final class ClusterScores {

	private ClusterScores() {
	}

	static double nmi(List<String> truth, List<String> clusters) {
		int n = truth.size();
		Map<String, Integer> a = counts(truth);
		Map<String, Integer> b = counts(clusters);
		Map<String, Integer> joint = joint(truth, clusters);
		double mi = 0;
		for (var e : joint.entrySet()) {
			String[] key = e.getKey().split("\u0000", 2);
			double pxy = (double) e.getValue() / n;
			double px = (double) a.get(key[0]) / n;
			double py = (double) b.get(key[1]) / n;
			mi += pxy * Math.log(pxy / (px * py));
		}
		double ha = entropy(a, n);
		double hb = entropy(b, n);
		double mean = (ha + hb) / 2;
		return (mean == 0) ? 1 : mi / mean;
	}

	static double ari(List<String> truth, List<String> clusters) {
		int n = truth.size();
		double sumJoint = 0;
		for (int c : joint(truth, clusters).values()) {
			sumJoint += pairs(c);
		}
		double sumA = 0;
		for (int c : counts(truth).values()) {
			sumA += pairs(c);
		}
		double sumB = 0;
		for (int c : counts(clusters).values()) {
			sumB += pairs(c);
		}
		double expected = sumA * sumB / pairs(n);
		double max = (sumA + sumB) / 2;
		return (max == expected) ? 1 : (sumJoint - expected) / (max - expected);
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
