package de.mitreden.textanalysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps each word and adds its compound parts after it at the same position and with the same offsets, so
 * "Fahrradständer" is found by "Fahrradständer", "Fahrrad" and "Ständer", and a highlight marks the whole word.
 * The verb a noun in -ung or a participle derives from comes with the parts ("Beleuchtung", "beleuchtet" →
 * beleuchten; {@link CompoundSplitter#partsAndVerbs}).
 */
final class CompoundSplitFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final CompoundSplitter splitter;

	private String[] pendingParts;

	private int nextPart;

	private State wordState;

	CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
		super(input);
		this.splitter = splitter;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.pendingParts != null && this.nextPart < this.pendingParts.length) {
			restoreState(this.wordState);
			this.term.setEmpty().append(this.pendingParts[this.nextPart++]);
			this.positionIncrement.setPositionIncrement(0);
			return true;
		}
		this.pendingParts = null;
		if (!this.input.incrementToken()) {
			return false;
		}
		if (!this.keyword.isKeyword()) {
			String[] parts = this.splitter.partsAndVerbs(this.term.toString());
			if (parts.length > 0) {
				this.pendingParts = parts;
				this.nextPart = 0;
				this.wordState = captureState();
			}
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pendingParts = null;
		this.wordState = null;
	}

}
