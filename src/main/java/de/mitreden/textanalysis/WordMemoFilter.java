package de.mitreden.textanalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs filters that look at one word at a time (lower case, stop words, compound parts, stemming) once per
 * distinct word and replays their terms wherever the word occurs again. Answers repeat their words: the 2,314
 * Bonn titles have about 14,000 words but a few thousand distinct ones, and the filters cost more per word than
 * the look-up. The terms keep the word's offsets and type; position increments are as the filters make them,
 * with the gaps of removed words carried to the next term, as Lucene's stop filter does.
 * <p>
 * Only for filters without context: each word goes through them alone. The memo belongs to one token stream
 * (one thread, one analyzer) and stops growing at {@link #MAX_WORDS}.
 */
final class WordMemoFilter extends TokenFilter {

	/** Enough for the vocabulary of a large dialogue; words beyond it are analysed every time. */
	static final int MAX_WORDS = 50_000;

	private static final Terms NONE = new Terms(new char[0][], new int[0]);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final OneWord word = new OneWord();

	private final TokenStream perWord;

	private final CharArrayMap<Terms> memo = new CharArrayMap<>(1024, false);

	/** The terms of the current word still to be returned, from {@link #next}. */
	private Terms pending = NONE;

	private int next;

	/** Positions of removed words not yet added to a term's increment. */
	private int skipped;

	/** The per-word filters' output, looked up once. */
	private final CharTermAttribute perWordTerm;

	private final PositionIncrementAttribute perWordIncrement;

	WordMemoFilter(TokenStream input, UnaryOperator<TokenStream> perWordFilters) {
		super(input);
		this.perWord = perWordFilters.apply(this.word);
		this.perWordTerm = this.perWord.addAttribute(CharTermAttribute.class);
		this.perWordIncrement = this.perWord.addAttribute(PositionIncrementAttribute.class);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (this.next >= this.pending.terms.length) {
			if (!this.input.incrementToken()) {
				return false;
			}
			this.pending = termsOf(this.term.buffer(), this.term.length());
			this.next = 0;
			this.skipped += this.increment.getPositionIncrement() - 1;
			if (this.pending.terms.length == 0) {
				this.skipped++;
			}
		}
		int i = this.next++;
		char[] chars = this.pending.terms[i];
		this.term.copyBuffer(chars, 0, chars.length);
		this.increment.setPositionIncrement(this.pending.increments[i] + ((i == 0) ? this.skipped : 0));
		if (i == 0) {
			this.skipped = 0;
		}
		return true;
	}

	private Terms termsOf(char[] buffer, int length) {
		Terms known = this.memo.get(buffer, 0, length);
		if (known != null) {
			return known;
		}
		Terms terms = analyse(buffer, length);
		if (this.memo.size() < MAX_WORDS) {
			this.memo.put(Arrays.copyOf(buffer, length), terms);
		}
		return terms;
	}

	/** The word alone through the filters: its terms and their increments, the first relative to the word. */
	private Terms analyse(char[] buffer, int length) {
		this.word.set(buffer, length);
		// a word gives itself and at most a few compound parts: small arrays, grown if ever needed
		char[][] terms = new char[4][];
		int[] increments = new int[4];
		int count = 0;
		try {
			this.perWord.reset();
			while (this.perWord.incrementToken()) {
				if (count == terms.length) {
					terms = Arrays.copyOf(terms, 2 * count);
					increments = Arrays.copyOf(increments, 2 * count);
				}
				terms[count] = Arrays.copyOf(this.perWordTerm.buffer(), this.perWordTerm.length());
				increments[count++] = this.perWordIncrement.getPositionIncrement();
			}
			this.perWord.end();
			this.perWord.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (count == 0) ? NONE : new Terms(Arrays.copyOf(terms, count), Arrays.copyOf(increments, count));
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pending = NONE;
		this.next = 0;
		this.skipped = 0;
	}

	@Override
	public void end() throws IOException {
		super.end();
		this.increment.setPositionIncrement(this.increment.getPositionIncrement() + this.skipped);
	}

	/** What the filters make of one word: terms, and per term its position increment. */
	private record Terms(char[][] terms, int[] increments) {
	}

	/** A stream of one word, the input of the per-word filters. */
	private static final class OneWord extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private char[] chars = new char[0];

		private int length;

		private boolean given;

		void set(char[] buffer, int length) {
			this.chars = buffer;
			this.length = length;
		}

		@Override
		public boolean incrementToken() {
			if (this.given) {
				return false;
			}
			clearAttributes();
			this.term.copyBuffer(this.chars, 0, this.length);
			this.increment.setPositionIncrement(1);
			this.given = true;
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.given = false;
		}

	}

}
