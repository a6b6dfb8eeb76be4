package de.mitreden.textanalysis;

import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Builds the analyzer of one language. Extra stop words (the city's name) are removed twice: as written, before
 * stemming, and in their analysed form at the end, which also catches inflections ("Bonner" after "Bonn").
 */
final class LanguageAnalyzers {

	/** The trie of the bundled parts and the dictionary's words, built once and shared by every analyzer. */
	private static final CompoundSplitter SPLITTER = new CompoundSplitter(CompoundParts.bundled(),
			CompoundParts.dictionary());

	private LanguageAnalyzers() {
	}

	static Analyzer create(TextAnalysis.AnalyzerKey key) {
		CharArraySet stopwords = Stopwords.of(key.language(), key.extraStopwords());
		if (key.extraStopwords().isEmpty()) {
			return base(key.language(), stopwords, CharArraySet.EMPTY_SET);
		}
		Analyzer plain = base(key.language(), Stopwords.of(key.language(), Set.of()), CharArraySet.EMPTY_SET);
		CharArraySet analysedStopwords = new CharArraySet(16, false);
		for (String word : key.extraStopwords()) {
			analysedStopwords.addAll(TextAnalysis.terms(plain, word));
		}
		Analyzer base = base(key.language(), stopwords, analysedStopwords);
		return (base instanceof GermanCompoundAnalyzer) ? base : new FinalStopFilter(base, analysedStopwords);
	}

	/**
	 * The analyzer of a language. The German one removes {@code analysedStopwords} itself, among the filters it runs
	 * once per distinct word; for the others {@link FinalStopFilter} does, at every word.
	 */
	private static Analyzer base(String language, CharArraySet stopwords, CharArraySet analysedStopwords) {
		return switch (language) {
			case "en" -> new EnglishAnalyzer(stopwords);
			case "tr" -> new TurkishAnalyzer(stopwords);
			case "ar" -> new ArabicAnalyzer(stopwords);
			case "ru" -> new RussianAnalyzer(stopwords);
			case "uk" -> new UkrainianMorfologikAnalyzer(stopwords);
			default -> new GermanCompoundAnalyzer(stopwords, SPLITTER, analysedStopwords);
		};
	}

	private static final class FinalStopFilter extends AnalyzerWrapper {

		private final Analyzer delegate;

		private final CharArraySet stopwords;

		FinalStopFilter(Analyzer delegate, CharArraySet stopwords) {
			super(Analyzer.PER_FIELD_REUSE_STRATEGY);
			this.delegate = delegate;
			this.stopwords = stopwords;
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String fieldName) {
			return this.delegate;
		}

		@Override
		protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
			return new TokenStreamComponents(components.getSource(),
					new StopFilter(components.getTokenStream(), this.stopwords));
		}

	}

}
