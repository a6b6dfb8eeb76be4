package de.mitreden.themes.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import de.mitreden.themes.bench.BonnCorpus.Variant;
import de.mitreden.themes.bench.ThemesBenchmark.ScaleResult;

/** The Markdown report of the themes benchmark, ready for docs/BENCHMARKS.md, with a verdict per target. */
final class ThemesReport {

	static final String MITREDEN = MitredenThemes.NAME;

	private static final double QUALITY_FACTOR = 1.3;

	private static final double MAX_OTHER_SHARE = 0.10;

	/** What issue 4 says the best peers reach "on data of this kind": NMI and ARI, short and long. */
	private static final double[][] ISSUE_PEER_FIGURES = { { 0.20, 0.06 }, { 0.22, 0.10 } };

	private final BenchOptions options;

	private final int corpusSize;

	private final List<String> notes = new ArrayList<>();

	private final List<Measurement> corpus = new ArrayList<>();

	private final List<Measurement> holdOut = new ArrayList<>();

	private ScaleResult scale;

	private final java.util.Map<Variant, SpeedPairs.Pairs> pairs = new java.util.EnumMap<>(Variant.class);

	ThemesReport(BenchOptions options, int corpusSize) {
		this.options = options;
		this.corpusSize = corpusSize;
	}

	void note(String note) {
		notes.add(note);
	}

	void corpus(List<Measurement> measurements) {
		corpus.addAll(measurements);
	}

	void holdOut(List<Measurement> measurements) {
		holdOut.addAll(measurements);
	}

	void pairs(Variant variant, SpeedPairs.Pairs measured) {
		this.pairs.put(variant, measured);
	}

	void scale(ScaleResult result) {
		this.scale = result;
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("## Themes: quality and speed\n\n");
		notes.forEach(note -> out.append("**Note:** ").append(note).append("\n\n"));
		out.append(machine());
		out.append("\nCorpus: `").append(options.data()).append('`');
		if (options.sample() > 0) {
			out.append(", a random sample (seed ").append(options.sampleSeed()).append(") of ").append(corpusSize)
				.append(" contributions");
		}
		out.append("; the dialogue's extra stop word (the city): ")
			.append(options.city().isBlank() ? "none" : options.city()).append(".\n");
		for (Variant variant : Variant.values()) {
			out.append("\n### ").append(capitalised(variant.description)).append(", ").append(corpusSize)
				.append(" contributions\n\n");
			out.append(table(of(corpus, variant)));
		}
		out.append(labels());
		out.append("\n### Hold-out (fixed 70/30 split, seed ").append(ThemesBenchmark.HOLD_OUT_SEED).append(")\n\n");
		out.append(table(holdOut));
		out.append(scaleSection());
		out.append(verdicts());
		if (options.data().equals(BonnCorpus.DEFAULT_PATH)) {
			out.append("\nData: ").append(BonnCorpus.ATTRIBUTION).append(".\n");
		}
		return out.toString();
	}

	private String machine() {
		Runtime runtime = Runtime.getRuntime();
		return String.format(Locale.ROOT, "Java %s, %d cores available, max heap %d MiB; time: the median of at least %d runs and at least " + ThemesBenchmark.Timed.MEASURING_SECONDS + " s of runs per method on the corpus. "
				+ "NMI, ARI and AMI (NMI corrected for chance) of a method with randomness are the means over seeds " + ThemesBenchmark.QUALITY_SEEDS[0] + " to "
				+ ThemesBenchmark.QUALITY_SEEDS[ThemesBenchmark.QUALITY_SEEDS.length - 1]
				+ " (one seed moves NMI by up to ±0.02); themes, Sonstiges, labels and time are of the method's own seed.%n",
				System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20,
				options.repeats());
	}

	private static String table(List<Measurement> measurements) {
		StringBuilder out = new StringBuilder(
				"| Variant | Method | Asked | Themes | Sonstiges | NMI | ARI | AMI | NMI by seed | Time (s) |\n|---|---|---:|---:|---:|---:|---:|---:|---|---:|\n");
		for (Measurement m : measurements) {
			String bySeed = (m.seeds() > 1) ? String.format(Locale.ROOT, "%.3f–%.3f (%d seeds)", m.nmiLow(), m.nmiHigh(),
					m.seeds()) : "no seed";
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f %% | %.3f | %.3f | %.3f | %s | %.3f |%n",
					m.variant().name().toLowerCase(Locale.ROOT), m.method(), m.asked(), m.themes(),
					100 * m.otherShare(), m.nmi(), m.ari(), m.ami(), bySeed, m.seconds()));
		}
		return out.toString();
	}

	/** The 10 largest themes of mitreden (automatic count) beside Lingo's 10 largest clusters (30 asked). */
	private String labels() {
		StringBuilder out = new StringBuilder();
		for (Variant variant : Variant.values()) {
			Optional<Measurement> lingo = find(corpus, variant, CarrotPeer.lingo().name(), "30");
			Optional<Measurement> mitreden = find(corpus, variant, MITREDEN, "auto");
			if (lingo.isEmpty()) {
				continue;
			}
			out.append("\n### The 10 largest themes, ").append(variant.description).append("\n\n");
			out.append("| # | mitreden (auto) | size | Carrot2 Lingo (30) | size |\n|---:|---|---:|---|---:|\n");
			List<Partition.LabelledGroup> ours = mitreden.map(m -> m.partition().largest(10)).orElse(List.of());
			List<Partition.LabelledGroup> theirs = lingo.get().partition().largest(10);
			for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
				out.append("| ").append(i + 1).append(" | ").append(cell(ours, i)).append(" | ").append(cell(theirs, i))
					.append(" |\n");
			}
		}
		return out.toString();
	}

	private static String cell(List<Partition.LabelledGroup> groups, int i) {
		if (i >= groups.size()) {
			return " | ";
		}
		return groups.get(i).label().replace("|", "\\|") + " | " + groups.get(i).size();
	}

	private String scaleSection() {
		if (scale == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%n### Scale: %,d answers (the %s, replicated with varied wording)%n%n"
						+ "- Lucene GermanAnalyzer analysis + TF-IDF alone (reference): %.1f s, %,d terms in at least 2 answers%n",
				scale.answers(),
				(options.scaleVariant() == BonnCorpus.Variant.LONG) ? "long contributions" : "contributions' titles",
				scale.analysisSeconds(), scale.terms()));
		if (scale.failure() != null) {
			out.append(format("- mitreden themes: **no themes: after %.1f s the run %s**%n", scale.themesSeconds(),
					scale.failure()));
		}
		else if (scale.themesSeconds() != null) {
			out.append(format("- mitreden themes: %.1f s, %d themes, %.1f %% in Sonstiges%n", scale.themesSeconds(),
					scale.partition().groupCount(), 100 * scale.partition().otherShare()));
		}
		if (scale.heap() != null) {
			out.append(format("- heap (max %d MiB): %s, at most %d MiB in use right after any collection, at most %d MiB "
					+ "in use with garbage; %.1f s of the run spent collecting%n", scale.heap().max() >> 20,
					(scale.heap().maxAfterFullCollection() < 0) ? "no full collection ran"
							: format("a full collection left at most %d MiB (the live data then)",
									scale.heap().maxAfterFullCollection() >> 20),
					scale.heap().maxAfterCollection() >> 20, scale.heap().maxUsed() >> 20,
					scale.heap().collectionMillis() / 1000.0));
		}
		if (scale.assignments() != null) {
			out.append(String.format(Locale.ROOT,
					"- assignment of one new answer (ThemeModel.assign), %d answers: median %.3f ms, p99 %.3f ms; %.0f %% assigned to a theme; model of %s, built in %.1f s%n",
					scale.assignments().count(), scale.assignments().medianMillis(), scale.assignments().p99Millis(),
					100.0 * scale.assignments().assigned() / scale.assignments().count(), scale.assignments().modelOf(),
					scale.assignments().modelSeconds()));
		}
		return out.toString();
	}

	private String verdicts() {
		StringBuilder out = new StringBuilder("\n### Verdict per target\n\n| Target | Figure | Verdict |\n|---|---|---|\n");
		for (Variant variant : Variant.values()) {
			List<Measurement> peers = of(corpus, variant).stream().filter(m -> !m.method().startsWith(MITREDEN)).toList();
			Measurement bestNmi = best(peers, Measurement::nmi);
			Measurement bestAri = best(peers, Measurement::ari);
			out.append(row("best peer NMI, " + variant.name().toLowerCase(Locale.ROOT),
					format("%.3f (%s, %s)", bestNmi.nmi(), bestNmi.method(), bestNmi.asked()), "reference"));
			out.append(row("best peer ARI, " + variant.name().toLowerCase(Locale.ROOT),
					format("%.3f (%s, %s)", bestAri.ari(), bestAri.method(), bestAri.asked()), "reference"));
			Optional<Measurement> ours = find(corpus, variant, MITREDEN, "auto");
			if (ours.isEmpty()) {
				continue;
			}
			Measurement m = ours.get();
			String v = variant.name().toLowerCase(Locale.ROOT);
			out.append(row("NMI ≥ 1.3 × best peer, " + v, format("%.3f = %.2f ×", m.nmi(), m.nmi() / bestNmi.nmi()),
					met(m.nmi() >= QUALITY_FACTOR * bestNmi.nmi())));
			out.append(row("ARI ≥ 1.3 × best peer, " + v, format("%.3f = %.2f ×", m.ari(), m.ari() / bestAri.ari()),
					met(m.ari() >= QUALITY_FACTOR * bestAri.ari())));
			Measurement bestAmi = best(peers, Measurement::ami);
			out.append(row("AMI (NMI corrected for chance) against the best peer's, " + v,
					format("%.3f = %.2f × (%s, %s: %.3f)", m.ami(), m.ami() / bestAmi.ami(), bestAmi.method(),
							bestAmi.asked(), bestAmi.ami()),
					"for information, no target"));
			double[] issue = ISSUE_PEER_FIGURES[variant.ordinal()];
			out.append(row(format("also ≥ 1.3 × the issue's peer figures (NMI %.2f, ARI %.2f), %s", issue[0], issue[1], v),
					format("%.2f ×, %.2f ×", m.nmi() / issue[0], m.ari() / issue[1]),
					met(m.nmi() >= QUALITY_FACTOR * issue[0] && m.ari() >= QUALITY_FACTOR * issue[1])));
			out.append(row("8–30 themes, ≤ 10 % Sonstiges, " + v,
					format("%d themes, %.1f %%", m.themes(), 100 * m.otherShare()),
					met(m.themes() >= 8 && m.themes() <= 30 && m.otherShare() <= MAX_OTHER_SHARE)));
			double lingo = of(corpus, variant).stream()
				.filter(x -> x.method().equals(CarrotPeer.lingo().name()))
				.mapToDouble(Measurement::seconds)
				.min()
				.orElse(Double.NaN);
			out.append(fasterThanLingo(variant, m.seconds(), lingo));
			out.append(sameCountSpeed(variant));
		}
		for (Variant variant : Variant.values()) {
			out.append(holdOutVerdict(variant));
		}
		if (scale != null && scale.themesSeconds() != null) {
			out.append(row(format("%,d answers < 30 s, ≤ 1 GiB heap", scale.answers()),
					(scale.failure() != null) ? "out of heap after " + format("%.1f s", scale.themesSeconds())
							: format("%.1f s (%.2f × the 30 s), max heap %d MiB", scale.themesSeconds(),
									scale.themesSeconds() / 30, scale.heap().max() >> 20),
					met(scale.failure() == null && scale.themesSeconds() < 30 && scale.heap().max() <= (1L << 30))));
		}
		if (scale != null && scale.assignments() != null) {
			out.append(row("one new answer assigned < 5 ms",
					format("p99 %.3f ms (median %.3f ms)", scale.assignments().p99Millis(),
							scale.assignments().medianMillis()),
					met(scale.assignments().p99Millis() < 5)));
		}
		out.append(row("labels at least as readable as Lingo's", "see the tables of the 10 largest themes",
				"judged by reading"));
		return out.toString();
	}

	/**
	 * Against Lingo's fastest configuration: by the alternating pairs when they were measured (the two timed
	 * seconds apart), else by the table's times (taken a minute or more apart). Both are shown.
	 */
	private String fasterThanLingo(Variant variant, double own, double lingo) {
		String v = variant.name().toLowerCase(Locale.ROOT);
		String table = format("table: %.3f s vs %.3f s (%.2f ×)", own, lingo, own / lingo);
		SpeedPairs.Pairs measured = this.pairs.get(variant);
		if (measured == null) {
			return row("faster than Lingo, " + v, table, met(own < lingo));
		}
		return row("faster than Lingo, " + v,
				format("alternating pairs: median ratio %.2f (%.2f–%.2f, %d pairs); %s", measured.median(),
						measured.lowest(), measured.highest(), measured.ratios().length, table),
				met(measured.median() < 1));
	}

	/**
	 * Lingo's time grows with the clusters asked for; at the same count the two do the same job. Reported beside
	 * the strict row above (the fastest Lingo run, whatever it was asked), not instead of it.
	 */
	private String sameCountSpeed(Variant variant) {
		StringBuilder figures = new StringBuilder();
		boolean faster = true;
		for (int count : ThemesBenchmark.CLUSTER_COUNTS) {
			Optional<Measurement> ours = find(corpus, variant, MITREDEN, String.valueOf(count));
			Optional<Measurement> lingo = find(corpus, variant, CarrotPeer.lingo().name(), String.valueOf(count));
			if (ours.isEmpty() || lingo.isEmpty()) {
				return "";
			}
			figures.append(figures.isEmpty() ? "" : "; ")
				.append(format("%d: %.3f s vs %.3f s", count, ours.get().seconds(), lingo.get().seconds()));
			faster &= ours.get().seconds() < lingo.get().seconds();
		}
		return row("faster than Lingo asked for the same count, " + variant.name().toLowerCase(Locale.ROOT),
				figures.toString(), met(faster));
	}

	/** The same 1.3 × on the held-out 30 %, against the peers on that part: does the quality carry over? */
	private String holdOutVerdict(Variant variant) {
		Optional<Measurement> ours = find(holdOut, variant, MITREDEN, "auto, 30 % part");
		List<Measurement> peers = of(holdOut, variant).stream().filter(m -> !m.method().startsWith(MITREDEN)).toList();
		if (ours.isEmpty() || peers.isEmpty()) {
			return "";
		}
		Measurement m = ours.get();
		double nmi = best(peers, Measurement::nmi).nmi();
		double ari = best(peers, Measurement::ari).ari();
		double ami = best(peers, Measurement::ami).ami();
		return row("hold-out 30 %: NMI and ARI ≥ 1.3 × best peer there, " + variant.name().toLowerCase(Locale.ROOT),
				format("NMI %.3f = %.2f ×, ARI %.3f = %.2f × (for information: AMI %.3f = %.2f ×)", m.nmi(),
						m.nmi() / nmi, m.ari(), m.ari() / ari, m.ami(), m.ami() / ami),
				met(m.nmi() >= QUALITY_FACTOR * nmi && m.ari() >= QUALITY_FACTOR * ari));
	}

	private static Measurement best(List<Measurement> measurements, ToDoubleFunction<Measurement> score) {
		return measurements.stream().max(Comparator.comparingDouble(score)).orElseThrow();
	}

	private static List<Measurement> of(List<Measurement> measurements, Variant variant) {
		return measurements.stream().filter(m -> m.variant() == variant).toList();
	}

	private static Optional<Measurement> find(List<Measurement> measurements, Variant variant, String method,
			String asked) {
		return measurements.stream()
			.filter(m -> m.variant() == variant && m.method().equals(method) && m.asked().equals(asked))
			.findFirst();
	}

	private static String row(String target, String figure, String verdict) {
		return "| " + target + " | " + figure + " | " + verdict + " |\n";
	}

	private static String met(boolean met) {
		return met ? "met" : "**not met**";
	}

	private static String format(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
