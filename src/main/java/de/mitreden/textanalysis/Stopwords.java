package de.mitreden.textanalysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Stop words per language: Lucene's list for the language plus our additions in
 * {@code textanalysis/stopwords-<language>.txt} (Lucene's English list has only 33 words, and answers to a
 * city are full of "please" and "would"). A line {@code !word} takes a word off Lucene's list: "weg" is "away"
 * for Snowball but "path" in answers about traffic.
 */
final class Stopwords {

	/** Read once per language: every themes run builds its analyzer anew (one per corpus). */
	private static final java.util.Map<String, CharArraySet> DEFAULTS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final CharArraySet GERMAN = of("de");

	private Stopwords() {
	}

	static CharArraySet german() {
		return GERMAN;
	}

	/** The stop words of a language plus {@code extra}, case-insensitive. */
	static CharArraySet of(String language, Set<String> extra) {
		CharArraySet set = new CharArraySet(of(language), true);
		extra.forEach(word -> set.add(word.toLowerCase(Locale.ROOT)));
		return CharArraySet.unmodifiableSet(set);
	}

	private static CharArraySet of(String language) {
		return DEFAULTS.computeIfAbsent(language, Stopwords::load);
	}

	private static CharArraySet load(String language) {
		Set<String> words = new HashSet<>();
		for (Object word : luceneDefaults(language)) {
			words.add(new String((char[]) word));
		}
		for (String word : Resources.wordList("textanalysis/stopwords-" + language + ".txt")) {
			if (word.startsWith("!")) {
				words.remove(word.substring(1));
			}
			else {
				words.add(word);
			}
		}
		return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
	}

	private static CharArraySet luceneDefaults(String language) {
		return switch (language) {
			case "en" -> EnglishAnalyzer.getDefaultStopSet();
			case "tr" -> TurkishAnalyzer.getDefaultStopSet();
			case "ar" -> ArabicAnalyzer.getDefaultStopSet();
			case "ru" -> RussianAnalyzer.getDefaultStopSet();
			case "uk" -> UkrainianMorfologikAnalyzer.getDefaultStopwords();
			default -> GermanAnalyzer.getDefaultStopSet();
		};
	}

}
