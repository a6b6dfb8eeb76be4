package de.mitreden.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import de.mitreden.textanalysis.TextAnalysis;

/**
 * One text field per language ({@code text_de}, {@code text_en}, …), each with the analyzer of its
 * language, so an answer is stemmed, stop-worded and (German) split into compound parts as the
 * language it is written in demands; a query is analysed per field the same way.
 */
final class TextFields {

	/** The languages {@link TextAnalysis} analyses; anything else goes to {@link #OTHER}. */
	static final List<String> LANGUAGES = TextAnalysis.LANGUAGES;

	static final String PREFIX = "text_";

	static final String OTHER = PREFIX + "other";

	static final List<String> ALL = allFields();

	private TextFields() {
	}

	static String of(String language) {
		return LANGUAGES.contains(language) ? PREFIX + language : OTHER;
	}

	/** Every text field with its language's analyzer; the other fields are not analysed. */
	static Analyzer analyzer(TextAnalysis analysis) {
		Map<String, Analyzer> perField = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			perField.put(of(language), analysis.analyzer(language, Set.of()));
		}
		perField.put(OTHER, new StandardAnalyzer(CharArraySet.EMPTY_SET));
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET), perField);
	}

	private static List<String> allFields() {
		List<String> fields = new java.util.ArrayList<>(LANGUAGES.stream().map(TextFields::of).toList());
		fields.add(OTHER);
		return List.copyOf(fields);
	}

}
