package de.mitreden.textanalysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Completes Lucene's light German stemmer for plurals in -eln, which it leaves alone: "Ampeln" and "Ampel",
 * "Regeln" and "Regel" must be one term when people write about traffic lights and rules.
 */
final class GermanPluralFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	GermanPluralFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		int length = this.term.length();
		char[] buffer = this.term.buffer();
		if (!this.keyword.isKeyword() && length > 4 && buffer[length - 3] == 'e' && buffer[length - 2] == 'l'
				&& buffer[length - 1] == 'n') {
			this.term.setLength(length - 1);
		}
		return true;
	}

}
