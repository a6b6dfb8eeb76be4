package de.mitreden.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Existing themes as centres in the space of their answers, for placing a new answer without computing the
 * themes again: the answer goes to the most similar theme of its language if it is similar enough
 * ({@link ThemeSettings#assignSimilarity()}), otherwise to none (it will help form a new suggested theme).
 * Similarity is the cosine of TF-IDF vectors (answer and mean of the theme's answers): an answer must share
 * telling words with a theme, which is stricter than closeness in the LSA space that the clustering uses (where
 * one shared common word can look like a match).
 * Built by {@link ThemeClustering#model}; immutable and thread-safe. Assigning one answer takes well under a
 * millisecond (one analysis, one projection, one dot product per theme).
 */
public final class ThemeModel {

	private final ThemeClustering clustering;

	private final Map<String, LanguageModel> languages;

	private final double threshold;

	ThemeModel(ThemeClustering clustering, Map<String, LanguageModel> languages, double threshold) {
		this.clustering = clustering;
		this.languages = languages;
		this.threshold = threshold;
	}

	/** The key of the theme this answer belongs to, or empty if it fits none well enough. */
	public Optional<String> assign(ThemeDocument document) {
		return best(document).filter(match -> match.similarity() >= this.threshold).map(Match::themeKey);
	}

	/** The most similar theme and how similar (cosine, -1..1), however low; empty if nothing to compare. */
	public Optional<Match> best(ThemeDocument document) {
		LanguageModel model = this.languages.get(this.clustering.languageOf(document));
		if (model == null) {
			return Optional.empty();
		}
		var vector = model.space().weigh(document.text());
		if (vector.isEmpty()) {
			return Optional.empty();
		}
		Match best = null;
		for (int c = 0; c < model.keys().size(); c++) {
			double similarity = 0;
			float[] centroid = model.centroids()[c];
			for (int i = 0; i < vector.index().length; i++) {
				similarity += vector.value()[i] * centroid[vector.index()[i]];
			}
			if (best == null || similarity > best.similarity()) {
				best = new Match(model.keys().get(c), similarity);
			}
		}
		return Optional.ofNullable(best);
	}

	/** The theme keys this model knows. */
	public List<String> themeKeys() {
		List<String> keys = new ArrayList<>();
		this.languages.values().forEach(model -> keys.addAll(model.keys()));
		return keys;
	}

	/** A theme and how similar an answer is to its centre. */
	public record Match(String themeKey, double similarity) {
	}

	/** centroids[c] is dense over the space's TF-IDF features, unit length. */
	record LanguageModel(Space space, List<String> keys, float[][] centroids) {
	}

}
