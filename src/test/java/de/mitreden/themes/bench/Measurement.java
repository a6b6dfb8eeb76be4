package de.mitreden.themes.bench;

import java.util.List;

import de.mitreden.themes.bench.BonnCorpus.Variant;

/**
 * One method on one variant of the corpus at one asked-for number of themes ({@code asked} is "8",
 * "30" or "auto"), scored against the hand-made categories. For a method with randomness NMI, ARI and AMI are the means
 * over several seeds ({@code nmiLow}..{@code nmiHigh} is their range), because one seed moves NMI by up to ±0.02;
 * the partition (themes, Sonstiges, labels) and the time are those of the method's own seed.
 */
record Measurement(String method, Variant variant, String asked, Partition partition, double nmi, double ari,
		double ami, double seconds, int seeds, double nmiLow, double nmiHigh) {

	static Measurement score(String method, Variant variant, String asked, Partition partition, int[] truth,
			double seconds) {
		return score(method, variant, asked, partition, List.of(), truth, seconds);
	}

	/** Scored as the mean over {@code seeded} (the method run with other seeds), or on {@code partition} alone. */
	static Measurement score(String method, Variant variant, String asked, Partition partition,
			List<Partition> seeded, int[] truth, double seconds) {
		List<Partition> scored = seeded.isEmpty() ? List.of(partition) : seeded;
		double[] nmi = scored.stream().mapToDouble(p -> Metrics.nmi(truth, p.assignment())).toArray();
		double ari = scored.stream().mapToDouble(p -> Metrics.ari(truth, p.assignment())).average().orElseThrow();
		double ami = scored.stream().mapToDouble(p -> Metrics.ami(truth, p.assignment())).average().orElseThrow();
		return new Measurement(method, variant, asked, partition, java.util.Arrays.stream(nmi).average().orElseThrow(),
				ari, ami, seconds, scored.size(), java.util.Arrays.stream(nmi).min().orElseThrow(),
				java.util.Arrays.stream(nmi).max().orElseThrow());
	}

	/** The same figures under another name for the asked count (the hold-out's "30, 30 % part"). */
	Measurement asked(String otherAsked) {
		return new Measurement(method, variant, otherAsked, partition, nmi, ari, ami, seconds, seeds, nmiLow, nmiHigh);
	}

	int themes() {
		return partition.groupCount();
	}

	double otherShare() {
		return partition.otherShare();
	}

}
