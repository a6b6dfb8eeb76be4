package de.mitreden.themes.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import de.mitreden.textanalysis.TextAnalysis;
import de.mitreden.themes.Theme;
import de.mitreden.themes.ThemeClustering;
import de.mitreden.themes.ThemeDocument;
import de.mitreden.themes.ThemeModel;
import de.mitreden.themes.ThemeRequest;
import de.mitreden.themes.Themes;

/**
 * mitreden's own themes as the benchmark sees them: {@link ThemeClustering} through its public API, the
 * answers given as German (as the theme command's {@code --lang de}) or left to language detection, with
 * the city's name as the dialogue's extra stop word, as staff would set it; new answers are placed with
 * a {@link ThemeModel} of the themes found.
 */
final class MitredenThemes {

	static final String NAME = "mitreden themes";

	static final String DETECTING_NAME = "mitreden themes, language detected";

	private final ThemeClustering clustering;

	private final String language;

	/** The dialogue's extra stop words: the city's name, as staff would set it. */
	private final Set<String> cityStopwords;

	private MitredenThemes(ThemeClustering clustering, String language, Set<String> cityStopwords) {
		this.clustering = clustering;
		this.language = language;
		this.cityStopwords = cityStopwords;
	}

	/**
	 * mitreden's themes for German answers of a dialogue in {@code city}; the language models are loaded here, once,
	 * outside any timing.
	 */
	static MitredenThemes german(String city) {
		return new MitredenThemes(new ThemeClustering(TextAnalysis.create()), "de",
				city.isBlank() ? Set.of() : Set.of(city));
	}

	/** The same themes with another random seed (the product keeps its own fixed one). */
	MitredenThemes seeded(long seed) {
		return new MitredenThemes(clustering.withSeed(seed), language, cityStopwords);
	}

	/** The same themes, but every answer's language detected from its text, as the admin web does. */
	MitredenThemes detectingLanguage() {
		return new MitredenThemes(clustering, null, cityStopwords);
	}

	String name() {
		return language == null ? DETECTING_NAME : NAME;
	}

	/** Clusters the texts; answer {@code i} has the id {@code "i"}. */
	Clustered cluster(List<String> texts, OptionalInt themeCount) {
		List<ThemeDocument> documents = IntStream.range(0, texts.size())
			.mapToObj(i -> new ThemeDocument(Integer.toString(i), texts.get(i), language))
			.toList();
		Themes themes = clustering.cluster(new ThemeRequest(documents, themeCount, this.cityStopwords));
		return new Clustered(partition(themes, texts.size()), Optional.of(() -> assigner(themes, documents)));
	}

	private static Partition partition(Themes themes, int documentCount) {
		int[] assignment = new int[documentCount];
		Arrays.fill(assignment, Partition.OTHER);
		List<String> labels = new ArrayList<>();
		for (Theme theme : themes.themes()) {
			for (String id : theme.documentIds()) {
				assignment[Integer.parseInt(id)] = labels.size();
			}
			labels.add(theme.label());
		}
		return new Partition(assignment, labels);
	}

	/** The themes as a {@link ThemeModel}, as the admin web keeps them, and a way to place one new answer. */
	private Function<String, Optional<String>> assigner(Themes themes, List<ThemeDocument> documents) {
		Map<String, List<ThemeDocument>> answersByTheme = new HashMap<>();
		for (int t = 0; t < themes.themes().size(); t++) {
			answersByTheme.put("theme-" + t, themes.themes()
				.get(t)
				.documentIds()
				.stream()
				.map(id -> documents.get(Integer.parseInt(id)))
				.toList());
		}
		ThemeModel model = clustering.model(answersByTheme, this.cityStopwords);
		return text -> model.assign(new ThemeDocument("new", text, language));
	}

	/**
	 * A clustering and, built on demand, the model that assigns one new answer to its themes (kept optional
	 * so that a clustering without a model can still be scored).
	 */
	record Clustered(Partition partition, Optional<Supplier<Function<String, Optional<String>>>> model) {
	}

}
