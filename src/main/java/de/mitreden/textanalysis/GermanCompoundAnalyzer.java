package de.mitreden.textanalysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's GermanAnalyzer pipeline with compound splitting before normalisation and stemming, so that the
 * parts are stemmed like words of their own ("Sprachkurse" → sprachkur, sprach, kur; "Kurse" → kur), and
 * plurals in -eln folded as the light stemmer does not ("Ampeln" → ampel).
 */
final class GermanCompoundAnalyzer extends Analyzer {

	private final CharArraySet stopwords;

	private final CompoundSplitter splitter;

	/** Extra stop words in their analysed form ("bonn" for "Bonner"), removed after stemming. */
	private final CharArraySet analysedStopwords;

	GermanCompoundAnalyzer(CharArraySet stopwords, CompoundSplitter splitter, CharArraySet analysedStopwords) {
		this.stopwords = stopwords;
		this.splitter = splitter;
		this.analysedStopwords = analysedStopwords;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		return new TokenStreamComponents(source, new WordMemoFilter(source, this::perWord));
	}

	/** Everything after the tokenizer looks at one word at a time, so it runs once per distinct word. */
	private TokenStream perWord(TokenStream word) {
		TokenStream result = new LowerCaseFilter(word);
		result = new StopFilter(result, this.stopwords);
		result = new CompoundSplitFilter(result, this.splitter);
		result = new GermanNormalizationFilter(result);
		result = new GermanLightStemFilter(result);
		result = new GermanPluralFilter(result);
		return this.analysedStopwords.isEmpty() ? result : new StopFilter(result, this.analysedStopwords);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new GermanNormalizationFilter(new LowerCaseFilter(in));
	}

}
