package de.mitreden.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import de.mitreden.textanalysis.TextAnalysis;

/**
 * Groups answers into themes. Pure: no Spring, no database; the same answers give the same themes in any order.
 * <p>
 * Per language: analysis (stemming, stop words, German compounds split), TF-IDF over words, compound parts and
 * word pairs, LSA, spherical k-means with several seeds, then small themes dissolved and answers far from every
 * centre moved to "Sonstiges" (at most {@link ThemeSettings#maxOtherShare()}). docs/THEMES.md has the why.
 */
public final class ThemeClustering {

	private final TextAnalysis analysis;

	private final ThemeSettings settings;

	public ThemeClustering(TextAnalysis analysis) {
		this(analysis, ThemeSettings.defaults());
	}

	ThemeClustering(TextAnalysis analysis, ThemeSettings settings) {
		this.analysis = analysis;
		this.settings = settings;
	}

	/**
	 * The same clustering with another random seed (the random projection and the k-means seeds). The product keeps
	 * its fixed seed, so the same answers give the same themes; the benchmark uses this to measure the method
	 * rather than one draw of it (one seed moves NMI by up to ±0.02).
	 */
	public ThemeClustering withSeed(long seed) {
		return new ThemeClustering(this.analysis, this.settings.withSeed(seed));
	}

	public Themes cluster(ThemeRequest request) {
		List<Theme> themes = new ArrayList<>();
		List<String> others = new ArrayList<>();
		byLanguage(request.documents()).forEach((language, documents) -> {
			LanguageThemes result = clusterLanguage(language, documents, request);
			themes.addAll(result.themes());
			others.addAll(result.otherIds());
		});
		themes.sort(Comparator.comparingInt(Theme::size).reversed().thenComparing(Theme::language)
			.thenComparing(Theme::label));
		others.sort(Comparator.naturalOrder());
		return new Themes(themes, others);
	}

	/**
	 * A model of existing themes for assigning new answers: per language, the space of the themes' answers and
	 * each theme's centre in it. Themes are given by key (e.g. their database id) with their current answers;
	 * answers in several languages make the theme known in each of them.
	 */
	public ThemeModel model(Map<String, List<ThemeDocument>> answersByTheme, Set<String> stopwords) {
		Map<String, List<ThemeDocument>> all = new LinkedHashMap<>();
		Map<String, String> themeOf = new java.util.HashMap<>();
		answersByTheme.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> entry.getValue().forEach(document -> {
				themeOf.put(document.id(), entry.getKey());
				all.computeIfAbsent("", k -> new ArrayList<>()).add(document);
			}));
		Map<String, ThemeModel.LanguageModel> languages = new java.util.HashMap<>();
		byLanguage(all.getOrDefault("", List.of())).forEach((language, documents) -> {
			Space space = Space.fit(this.analysis, language, documents, stopwords, this.settings.forAssignment());
			List<String> keys = documents.stream().map(d -> themeOf.get(d.id())).distinct().sorted().toList();
			int[] assignment = new int[documents.size()];
			for (int d = 0; d < documents.size(); d++) {
				assignment[d] = keys.indexOf(themeOf.get(documents.get(d).id()));
			}
			float[][] centroids = new float[keys.size()][space.weights.features()];
			for (int d = 0; d < documents.size(); d++) {
				float[] centroid = centroids[assignment[d]];
				for (int i = 0; i < space.weights.index[d].length; i++) {
					centroid[space.weights.index[d][i]] += space.weights.value[d][i];
				}
			}
			for (float[] centroid : centroids) {
				Vectors.normalise(centroid);
			}
			languages.put(language, new ThemeModel.LanguageModel(space, keys, centroids));
		});
		return new ThemeModel(this, languages, this.settings.assignSimilarity());
	}

	/** Answers by language, each list sorted by id so that the input order does not matter. */
	Map<String, List<ThemeDocument>> byLanguage(List<ThemeDocument> documents) {
		Map<String, List<ThemeDocument>> groups = new LinkedHashMap<>();
		for (String language : TextAnalysis.LANGUAGES) {
			groups.put(language, new ArrayList<>());
		}
		for (ThemeDocument document : documents) {
			groups.get(languageOf(document)).add(document);
		}
		groups.values().removeIf(List::isEmpty);
		groups.values()
			.forEach(list -> list.sort(Comparator.comparing(ThemeDocument::id).thenComparing(ThemeDocument::text)));
		return groups;
	}

	String languageOf(ThemeDocument document) {
		String language = document.language();
		if (language != null && TextAnalysis.LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
			return language.toLowerCase(Locale.ROOT);
		}
		return this.analysis.detectLanguage(document.text(), "de");
	}

	private LanguageThemes clusterLanguage(String language, List<ThemeDocument> documents, ThemeRequest request) {
		Space space = Space.fit(this.analysis, language, documents, request.stopwords(), this.settings);
		int k = themeCount(space.activeCount(), space.meanTerms(), request.themeCount());
		if (k < 1) {
			return new LanguageThemes(List.of(), ids(documents));
		}
		int[] assignment = assignment(space.embeddings, k, documents.size());
		int clusters = k;
		Timing.mark("k-means");
		var partition = Partition.refine(space.embeddings, assignment, clusters, this.settings);
		Timing.mark("partition");
		LanguageThemes described = describe(space, partition);
		Timing.mark("labels");
		return described;
	}

	/** Fewer answers than this make no theme worth a line in a report, however short they are. */
	static final double MIN_ANSWERS_PER_THEME = 15;

	/**
	 * Themes wanted: as asked, or one per {@link ThemeSettings#answersPerTheme()} answers of
	 * {@link ThemeSettings#fullAnswerTerms()} terms or more. Shorter answers say less each, so fewer of them make
	 * a theme (a one-line answer is about one thing, and two one-liners rarely share more than one word): the
	 * answers per theme shrink with the square of the terms per answer, but not below
	 * {@link #MIN_ANSWERS_PER_THEME}. Within [minThemes, maxThemes], and at most a third of the answers.
	 */
	int themeCount(int answers, double meanTerms, OptionalInt asked) {
		int atMost = answers / 3;
		if (asked.isPresent()) {
			return Math.min(asked.getAsInt(), atMost);
		}
		double length = Math.min(1, meanTerms / this.settings.fullAnswerTerms());
		double perTheme = Math.max(MIN_ANSWERS_PER_THEME, this.settings.answersPerTheme() * length * length);
		int k = (int) Math.round(answers / Math.max(1, perTheme));
		int fewest = Math.min(this.settings.minThemes(), Math.max(1, answers / 10));
		k = Math.max(fewest, Math.min(this.settings.maxThemes(), k));
		return Math.min(k, atMost);
	}

	/** Single k-means runs a consensus combines at least ... */
	static final int CONSENSUS_MIN_RUNS = 10;

	/**
	 * ... and at most: 50 runs grouped 300 long answers a little better still (NMI 0.268 against 0.263 with 30), but
	 * made the whole clustering as slow as Carrot2's Lingo there (alternating pairs, median ratio 1.00 against 0.82).
	 */
	static final int CONSENSUS_MAX_RUNS = 30;

	/**
	 * The k-means work a consensus may take, in answers × runs: that of ten runs on 2,100 answers. Fewer answers get
	 * more runs, up to {@link #CONSENSUS_MAX_RUNS}: that is where a single run depends most on its seeds, and where
	 * more runs gained (session 17, random draws of the Bonn long answers, 20 draws × 5 seeds, NMI with ten runs →
	 * with this rule: 300 answers, 30 runs, 0.248 → 0.263; 500, 30 runs, 0.261 → 0.272; 700, 30 runs, 0.282 →
	 * 0.288; 1,000, 21 runs, 0.282 → 0.283 (10 draws); ARI up on 300 to 700 answers). From about 1,000 answers on
	 * more runs no longer helped (50 runs on 1,000: 0.284), so the work is capped rather than the runs raised
	 * everywhere.
	 */
	static final int CONSENSUS_WORK = 21_000;

	/** A consensus is tried below this many answers ... */
	static final int CONSENSUS_MAX_ANSWERS = 2_000;

	/** ... and up to this many themes. */
	static final int CONSENSUS_MAX_THEMES = 12;

	/**
	 * k-means runs for many themes, whose seeds are each the best of several draws: one. Bonn titles, 30 themes, 20
	 * seeds: NMI on the 70 % / 30 % parts / all 0.182 / 0.187 / 0.170 with one run, 0.181 / 0.188 / 0.170 with the
	 * best of two; draws of 300 / 700 / 1,000 titles (10 × 5) 0.200 / 0.200 / 0.188 against 0.203 / 0.201 / 0.187.
	 * A second run cost a sixth of a one-liner run's processor time, and on two processors that share their vector
	 * units it ran no sooner beside the first (runs alternating: median 29.5 → 26.8 ms, processor 41.9 → 35.7 ms).
	 */
	static final int MANY_THEMES_RESTARTS = 1;

	/**
	 * k-means. For few themes of few answers a consensus of k-means runs ({@link ConsensusKMeans}), where a single
	 * run depends much on its seeds (a bad one joins two large topics). Measured on random draws of the Bonn
	 * contributions, long answers, 8 themes, 10 draws × 5 seeds (docs/THEMES.md), ten runs against the best of four
	 * restarts: 300 answers NMI 0.190 → 0.219, 700: 0.253 → 0.259, 1,000: 0.259 → 0.271, ARI a little higher too;
	 * fewer answers now get more runs ({@link #CONSENSUS_WORK}). On all 2,314 a consensus gave no gain
	 * (0.289 → 0.292), and with 30 themes of one-liners none either (+0.001) for twice the k-means time.
	 * <p>
	 * For many themes, greedy k-means++ instead ({@link #seedCandidates}) in {@link #MANY_THEMES_RESTARTS} run: with
	 * 30 seeds to place, a plain draw more often puts two into one topic and none into another. Bonn titles, 30
	 * themes, 20 seeds, best of 2 runs against plain seeds and 4 runs: NMI on the 70 % / 30 % parts / all 0.178 / 0.180
	 * / 0.168 → 0.181 / 0.188 / 0.170; draws of 300 / 700 / 1,000 titles (10 × 5) 0.200 / 0.200 / 0.183 → 0.205 /
	 * 0.201 / 0.187; long answers asked for 30 themes unchanged within the noise. For 8 themes of all 2,314 long
	 * answers greedy seeds were worse (ARI 0.151 → 0.138), so few themes keep the plain draw.
	 */
	private int[] assignment(float[][] points, int k, int answers) {
		if (k > CONSENSUS_MAX_THEMES) {
			return SphericalKMeans.cluster(points, k, MANY_THEMES_RESTARTS, seedCandidates(k), this.settings.seed())
				.assignment();
		}
		if (answers < CONSENSUS_MAX_ANSWERS) {
			return ConsensusKMeans.cluster(points, k, consensusRuns(answers), restarts(answers), this.settings.seed());
		}
		return SphericalKMeans.cluster(points, k, restarts(answers), this.settings.seed()).assignment();
	}

	/** Single runs of a consensus of this many answers: as many as {@link #CONSENSUS_WORK} allows, within bounds. */
	static int consensusRuns(int answers) {
		return Math.max(CONSENSUS_MIN_RUNS, Math.min(CONSENSUS_MAX_RUNS, CONSENSUS_WORK / Math.max(1, answers)));
	}

	/** Draws per k-means++ seed for many themes: 2 + ln k, scikit-learn's choice for its greedy k-means++. */
	static int seedCandidates(int k) {
		return 2 + (int) Math.log(k);
	}

	/** Large inputs are clustered on a sample, where fewer seeds suffice: the sample is already smooth. */
	private int restarts(int answers) {
		return (answers > SphericalKMeans.MAX_SAMPLE) ? Math.min(3, this.settings.restarts()) : this.settings.restarts();
	}

	private LanguageThemes describe(Space space, Partition partition) {
		var labels = new Labels(space.corpus);
		Set<String> taken = new HashSet<>();
		List<Theme> themes = new ArrayList<>();
		List<int[]> groups = partition.membersByCloseness();
		// the candidates of each theme are independent (two cores, half the time); choosing unique labels is not
		List<Labels.Candidates> candidates = groups.parallelStream().map(m -> labels.candidates(labelSample(m))).toList();
		for (int g = 0; g < groups.size(); g++) {
			int[] members = groups.get(g);
			var label = candidates.get(g).choose(taken);
			taken.add(label.label().toLowerCase(Locale.ROOT));
			List<String> ids = new ArrayList<>(members.length);
			for (int d : members) {
				ids.add(space.corpus.documents.get(d).id());
			}
			themes.add(new Theme(label.label(), label.topTerms(), ids, ids.subList(0, Math.min(3, ids.size())),
					space.corpus.language));
		}
		List<String> others = new ArrayList<>();
		for (int d : partition.others()) {
			others.add(space.corpus.documents.get(d).id());
		}
		return new LanguageThemes(themes, others);
	}

	/** Labels are read from the answers nearest the centre: enough to find the common phrases, and fast. */
	private static int[] labelSample(int[] membersByCloseness) {
		return java.util.Arrays.copyOf(membersByCloseness, Math.min(membersByCloseness.length, 500));
	}

	private static List<String> ids(List<ThemeDocument> documents) {
		return documents.stream().map(ThemeDocument::id).toList();
	}

	private record LanguageThemes(List<Theme> themes, List<String> otherIds) {
	}

}
