package de.mitreden.themes;

import java.util.List;

/**
 * One theme found in the answers.
 *
 * @param label a phrase from the answers that names the theme, e.g. "Termine bei der Ausländerbehörde"
 * @param topTerms the words that set the theme apart, as written in the answers (most telling first)
 * @param documentIds its answers, closest to the centre first
 * @param representativeIds up to 3 answers closest to its centre
 * @param language the language of its answers
 */
public record Theme(String label, List<String> topTerms, List<String> documentIds, List<String> representativeIds,
		String language) {

	public Theme {
		topTerms = List.copyOf(topTerms);
		documentIds = List.copyOf(documentIds);
		representativeIds = List.copyOf(representativeIds);
	}

	public int size() {
		return this.documentIds.size();
	}

}
