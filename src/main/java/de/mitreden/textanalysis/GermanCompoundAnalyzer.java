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

	GermanCompoundAnalyzer(CharArraySet stopwords, CompoundSplitter splitter) {
		this.stopwords = stopwords;
		this.splitter = splitter;
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
		return new GermanPluralFilter(result);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new GermanNormalizationFilter(new LowerCaseFilter(in));
	}

}
