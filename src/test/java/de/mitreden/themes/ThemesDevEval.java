package de.mitreden.themes;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import de.mitreden.textanalysis.TextAnalysis;

/**
 * Quick quality check while developing (not a test): themes of the Bonn cycling dialogue against its topic
 * labels, short (title) and long (title + text), on a fixed 70% development part and the 30% held out, or with
 * {@code -Dsample=700 -Ddraws=6} on random draws of 700 (a smaller dialogue of the same kind). Run with the test
 * class path (docs/THEMES.md), or from the IDE. Knobs as system properties (-Dk=12, -Ddims=100, -Dseeds=20, ...).
 * The real benchmark is ThemesBenchmark.
 */
public final class ThemesDevEval {

	static final Path BONN = Path.of("../shared/data/cycling-dialogues/bonn.csv");

	public static void main(String[] args) throws IOException {
		if (!Files.exists(BONN)) {
			System.out.println("SKIPPED: " + BONN.toAbsolutePath() + " is absent");
			return;
		}
		List<CSVRecord> rows = read(BONN);
		List<CSVRecord> shuffled = new ArrayList<>(rows);
		Collections.shuffle(shuffled, new Random(42));
		int cut = (int) Math.round(shuffled.size() * 0.7);
		Map<String, List<CSVRecord>> parts = new java.util.LinkedHashMap<>();
		parts.put("dev70", shuffled.subList(0, cut));
		parts.put("hold30", shuffled.subList(cut, shuffled.size()));
		parts.put("all", rows);
		// -Dsample=N -Ddraws=D: instead, D random draws of N answers, as a smaller dialogue of the same kind
		int sample = Integer.getInteger("sample", 0);
		if (sample > 0) {
			parts.clear();
			for (int draw = 1; draw <= Integer.getInteger("draws", 6); draw++) {
				List<CSVRecord> drawn = new ArrayList<>(rows);
				Collections.shuffle(drawn, new Random(1000 + draw));
				parts.put("n" + sample + "d" + draw, drawn.subList(0, Math.min(sample, drawn.size())));
			}
		}
		var analysis = TextAnalysis.create();
		OptionalInt k = Integer.getInteger("k") == null ? OptionalInt.empty() : OptionalInt.of(Integer.getInteger("k"));
		String only = System.getProperty("parts", String.join(",", parts.keySet()));
		// -Dseeds=N: seeds 1..N, one line per seed and the means at the end (one seed moves NMI by up to ±0.02)
		int seeds = Integer.getInteger("seeds", 0);
		Map<String, double[]> sums = new java.util.LinkedHashMap<>();
		for (int seed = 1; seed <= Math.max(1, seeds); seed++) {
			var clustering = new ThemeClustering(analysis, (seeds > 0) ? settings().withSeed(seed) : settings());
			for (String variant : System.getProperty("variants", "short,long").split(",")) {
				for (var part : parts.entrySet()) {
					if (!only.contains(part.getKey())) {
						continue;
					}
					for (int r = 0; r < Integer.getInteger("repeat", 1); r++) {
						double[] scores = evaluate(clustering, variant, part.getKey(), part.getValue(), k,
								Boolean.getBoolean("labels"));
						List<String> keys = new ArrayList<>(List.of(variant + " " + part.getKey()));
						if (sample > 0) {
							keys.add(variant + " n" + sample + " all draws");
						}
						for (String key : keys) {
							double[] sum = sums.computeIfAbsent(key, unused -> new double[4]);
							for (int i = 0; i < scores.length; i++) {
								sum[i] += scores[i];
							}
							sum[3]++;
						}
					}
				}
			}
		}
		if (seeds > 0) {
			sums.forEach((key, sum) -> System.out.printf("MEAN %-22s over %2.0f: themes %.1f NMI %.3f ARI %.3f%n", key,
					sum[3], sum[2] / sum[3], sum[0] / sum[3], sum[1] / sum[3]));
		}
	}

	static ThemeSettings settings() {
		var d = ThemeSettings.defaults();
		return new ThemeSettings(Boolean.parseBoolean(System.getProperty("pairs", "" + d.pairs())),
				Double.parseDouble(System.getProperty("pairsMinWords", "" + d.pairsMinWords())),
				Integer.getInteger("minDf", d.minDf()), d.minDfShare(), Double.parseDouble(System.getProperty("maxDf", "" + d.maxDfShare())),
				Double.parseDouble(System.getProperty("idfExponent", "" + d.idfExponent())),
				Double.parseDouble(System.getProperty("longIdfExponent", "" + d.longAnswerIdfExponent())),
				Double.parseDouble(System.getProperty("modifierWeight", "" + d.compoundModifierWeight())),
				Integer.getInteger("gramLength", d.gramLength()),
				Double.parseDouble(System.getProperty("gramWeight", "" + d.gramWeight())),
				Double.parseDouble(System.getProperty("longGramWeight", "" + d.longAnswerGramWeight())),
				Integer.getInteger("dims", d.dimensions()), Integer.getInteger("shortDims", d.shortAnswerDimensions()),
				Integer.getInteger("power", d.powerIterations()),
				Integer.getInteger("shortPower", d.shortAnswerPowerIterations()),
				Integer.getInteger("restarts", d.restarts()), Long.getLong("seed", d.seed()),
				Integer.getInteger("minThemes", d.minThemes()), Integer.getInteger("maxThemes", d.maxThemes()),
				Integer.getInteger("perTheme", d.answersPerTheme()), Integer.getInteger("fullTerms", d.fullAnswerTerms()),
				Double.parseDouble(System.getProperty("minShare", "" + d.minThemeShare())),
				Double.parseDouble(System.getProperty("otherSim", "" + d.otherSimilarity())),
				Double.parseDouble(System.getProperty("maxOther", "" + d.maxOtherShare())), d.assignSimilarity());
	}

	/** NMI, ARI and the number of themes. */
	static double[] evaluate(ThemeClustering clustering, String variant, String part, List<CSVRecord> rows,
			OptionalInt k, boolean printLabels) {
		List<ThemeDocument> documents = new ArrayList<>();
		Map<String, String> truth = new HashMap<>();
		for (CSVRecord row : rows) {
			String text = variant.equals("short") ? row.get("title") : row.get("title") + " " + row.get("text");
			documents.add(new ThemeDocument(row.get("ID"), text, "de"));
			truth.put(row.get("ID"), row.get("main_category_level1"));
		}
		var bean = java.lang.management.ManagementFactory.getThreadMXBean();
		long start = bean.getCurrentThreadCpuTime();
		long wallStart = System.nanoTime();
		Themes themes = clustering.cluster(new ThemeRequest(documents, k, Set.of("Bonn")));
		long millis = (bean.getCurrentThreadCpuTime() - start) / 1_000_000;
		long wall = (System.nanoTime() - wallStart) / 1_000_000;
		Map<String, String> found = new HashMap<>();
		for (int t = 0; t < themes.themes().size(); t++) {
			for (String id : themes.themes().get(t).documentIds()) {
				found.put(id, "t" + t);
			}
		}
		themes.otherIds().forEach(id -> found.put(id, "other"));
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		truth.forEach((id, label) -> {
			a.add(label);
			b.add(found.get(id));
		});
		System.out.printf("%-5s %-6s n=%4d themes=%2d other=%4.1f%% NMI=%.3f ARI=%.3f %5d ms cpu (main thread) %5d ms wall%n", variant, part, rows.size(),
				themes.themes().size(), 100.0 * themes.otherIds().size() / rows.size(), Agreement.nmi(a, b),
				Agreement.ari(a, b), millis, wall);
		if (printLabels) {
			for (Theme theme : themes.themes().subList(0, Math.min(12, themes.themes().size()))) {
				System.out.printf("   %4d  %-45s %s%n", theme.size(), theme.label(), theme.topTerms());
			}
		}
		return new double[] { Agreement.nmi(a, b), Agreement.ari(a, b), themes.themes().size() };
	}

	static List<CSVRecord> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
