package de.mitreden.themes;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What to cluster.
 *
 * @param documents the answers (order does not matter)
 * @param themeCount how many themes staff want per language; empty: chosen automatically
 * @param stopwords extra stop words for this dialogue, e.g. the city's name
 */
public record ThemeRequest(List<ThemeDocument> documents, OptionalInt themeCount, Set<String> stopwords) {

	public ThemeRequest {
		documents = List.copyOf(documents);
		themeCount = (themeCount == null) ? OptionalInt.empty() : themeCount;
		stopwords = (stopwords == null) ? Set.of() : Set.copyOf(stopwords);
	}

	public static ThemeRequest of(List<ThemeDocument> documents) {
		return new ThemeRequest(documents, OptionalInt.empty(), Set.of());
	}

}
