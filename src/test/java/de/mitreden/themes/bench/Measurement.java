package de.mitreden.themes.bench;

import de.mitreden.themes.bench.BonnCorpus.Variant;

/**
 * One method on one variant of the corpus at one asked-for number of themes ({@code asked} is "8",
 * "30" or "auto"), scored against the hand-made categories.
 */
record Measurement(String method, Variant variant, String asked, Partition partition, double nmi, double ari,
		double seconds) {

	static Measurement score(String method, Variant variant, String asked, Partition partition, int[] truth,
			double seconds) {
		return new Measurement(method, variant, asked, partition, Metrics.nmi(truth, partition.assignment()),
				Metrics.ari(truth, partition.assignment()), seconds);
	}

	int themes() {
		return partition.groupCount();
	}

	double otherShare() {
		return partition.otherShare();
	}

}
