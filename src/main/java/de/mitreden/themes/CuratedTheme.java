package de.mitreden.themes;

import java.util.List;
import java.util.Set;

/**
 * A theme as staff see and shape it. A theme nobody touched is a suggestion ({@code curated} false) that the next
 * computation may replace; once staff touch it in any way it is curated, and no computation deletes it, renames
 * it, or undoes where staff put or took out an answer.
 *
 * @param key stable identity (the database id once stored)
 * @param label its name; computed, or given by staff ({@code labelByStaff})
 * @param language the language of its answers; themes merged across languages take the first's
 * @param labelByStaff staff named it: no computation relabels it
 * @param curated staff touched it: no computation deletes it or takes answers out of it
 * @param pinned staff pinned it: listed first
 * @param origin how it came to be
 * @param searchQuery the query of a theme made from a search, else null
 * @param answerIds its answers, closest to the centre first where computed
 * @param staffAnswerIds answers staff put here by hand (never moved away by a computation)
 * @param excludedIds answers staff took out (never put back by a computation)
 * @param topTerms the words that set it apart, as computed
 */
public record CuratedTheme(String key, String label, String language, boolean labelByStaff, boolean curated,
		boolean pinned, Origin origin, String searchQuery, List<String> answerIds, Set<String> staffAnswerIds,
		Set<String> excludedIds, List<String> topTerms) {

	public CuratedTheme {
		answerIds = List.copyOf(answerIds);
		staffAnswerIds = Set.copyOf(staffAnswerIds);
		excludedIds = Set.copyOf(excludedIds);
		topTerms = List.copyOf(topTerms);
	}

	/** How a theme came to be. */
	public enum Origin {

		COMPUTED, MERGED, SPLIT, SEARCH, STAFF

	}

	static CuratedTheme suggested(String key, Theme theme) {
		return new CuratedTheme(key, theme.label(), theme.language(), false, false, false, Origin.COMPUTED, null,
				theme.documentIds(), Set.of(), Set.of(), theme.topTerms());
	}

	CuratedTheme withLabel(String newLabel) {
		return new CuratedTheme(this.key, newLabel, this.language, true, true, this.pinned, this.origin,
				this.searchQuery, this.answerIds, this.staffAnswerIds, this.excludedIds, this.topTerms);
	}

	CuratedTheme withPinned(boolean newPinned) {
		return new CuratedTheme(this.key, this.label, this.language, this.labelByStaff, true, newPinned, this.origin,
				this.searchQuery, this.answerIds, this.staffAnswerIds, this.excludedIds, this.topTerms);
	}

	CuratedTheme withAnswers(List<String> ids, Set<String> staffIds, Set<String> excluded) {
		return new CuratedTheme(this.key, this.label, this.language, this.labelByStaff, true, this.pinned, this.origin,
				this.searchQuery, ids, staffIds, excluded, this.topTerms);
	}

	CuratedTheme recomputedAnswers(List<String> ids) {
		return new CuratedTheme(this.key, this.label, this.language, this.labelByStaff, this.curated, this.pinned,
				this.origin, this.searchQuery, ids, this.staffAnswerIds, this.excludedIds, this.topTerms);
	}

	int size() {
		return this.answerIds.size();
	}

}
