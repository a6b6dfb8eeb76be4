package de.mitreden.textanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The German analyzer analyses each distinct word once: its tokens must be exactly those of the same filters run
 * on every word (terms, positions, offsets, types), also for repeated words, removed stop words and compounds.
 */
class WordMemoFilterTests {

	private static final CharArraySet STOPWORDS = Stopwords.of("de", Set.of("Bonn"));

	/** Removed after stemming: whole words ("Radwegen"), and parts of compounds ("Ampelschaltungen"). */
	private static final CharArraySet ANALYSED_STOPWORDS = new CharArraySet(List.of("radweg", "ampel", "bonn"), false);

	private static final CompoundSplitter SPLITTER = new CompoundSplitter(CompoundParts.bundled(), Set.of("ständer"));

	private static final List<String> TEXTS = List.of(
			"Die Fahrradständer am Bahnhof sind voll, die Fahrradständer an der Uni auch.",
			"Der der der Radweg: Radwege, Radwegen und RADWEG!",
			"In Bonn fehlen Ampeln. Bonn braucht Ampelschaltungen; in Bonn, in Bonn.",
			"und und und",
			"",
			"E-Bike 2024 – 30 km/h Zone ✓ Straßenbahnhaltestelle",
			"Fahrradständer");

	@Test
	void givesTheTokensOfTheFiltersRunOnEveryWord() throws IOException {
		Analyzer memoised = new GermanCompoundAnalyzer(STOPWORDS, SPLITTER, ANALYSED_STOPWORDS);
		Analyzer plain = new PlainGermanAnalyzer();
		for (int pass = 0; pass < 2; pass++) { // the second pass finds every word in the memo
			for (String text : TEXTS) {
				assertThat(tokens(memoised, text)).as(text).isEqualTo(tokens(plain, text));
			}
		}
	}

	@Test
	void removedWordsLeaveTheirPositionsAsAStopFilterDoes() throws IOException {
		List<String> tokens = tokens(new GermanCompoundAnalyzer(STOPWORDS, SPLITTER, CharArraySet.EMPTY_SET),
				"Ampel und die Ampel und");
		assertThat(tokens).containsExactly("ampel +1 [0,5] <ALPHANUM>", "ampel +3 [14,19] <ALPHANUM>",
				"end +1 [23,23]");
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var increment = stream.addAttribute(PositionIncrementAttribute.class);
			var offset = stream.addAttribute(OffsetAttribute.class);
			var type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + " +" + increment.getPositionIncrement() + " [" + offset.startOffset() + ","
						+ offset.endOffset() + "] " + type.type());
			}
			stream.end();
			tokens.add("end +" + increment.getPositionIncrement() + " [" + offset.startOffset() + ","
					+ offset.endOffset() + "]");
		}
		return tokens;
	}

	/** The German chain as it was before the memo: every filter on every word. */
	private static final class PlainGermanAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream result = new LowerCaseFilter(source);
			result = new StopFilter(result, STOPWORDS);
			result = new CompoundSplitFilter(result, SPLITTER);
			result = new GermanNormalizationFilter(result);
			result = new GermanLightStemFilter(result);
			result = new GermanPluralFilter(result);
			result = new StopFilter(result, ANALYSED_STOPWORDS);
			return new TokenStreamComponents(source, result);
		}

	}

}
