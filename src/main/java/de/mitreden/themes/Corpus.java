package de.mitreden.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The answers of one language, analysed once: for each answer its terms (words and compound parts, as term ids)
 * and its words in order with their place in the text, from which labels are cut as phrases of the answers, and
 * which of its compound parts are modifiers (every part but the last, the head: "Fahrrad" in "Fahrradständer").
 */
final class Corpus {

	final String language;

	final List<ThemeDocument> documents;

	/** Term id → term (stemmed, lower case). */
	final List<String> vocabulary;

	/** Per answer: every term id the analyzer produced, compound parts included. */
	final int[][] terms;

	/** Per answer: the term id of each word (not of the parts), in text order. */
	final int[][] wordTerms;

	/** Per answer: where each word starts and ends in the text. */
	final int[][] wordStarts;

	final int[][] wordEnds;

	/** Per answer: the term ids among {@link #terms} that are modifiers of a compound (a part, not the last). */
	final int[][] modifiers;

	private Corpus(String language, List<ThemeDocument> documents, List<String> vocabulary, int[][] terms,
			int[][] wordTerms, int[][] wordStarts, int[][] wordEnds, int[][] modifiers) {
		this.language = language;
		this.documents = documents;
		this.vocabulary = vocabulary;
		this.terms = terms;
		this.wordTerms = wordTerms;
		this.wordStarts = wordStarts;
		this.wordEnds = wordEnds;
		this.modifiers = modifiers;
	}

	int size() {
		return this.documents.size();
	}

	String text(int document) {
		return this.documents.get(document).text();
	}

	/** Below this many answers one thread analyses them all: a second one would cost more than it saves. */
	static final int PARALLEL_MIN_ANSWERS = 500;

	/**
	 * The answers 0..n-1 as {from, to} ranges, in order: two halves on two threads from
	 * {@link #PARALLEL_MIN_ANSWERS} answers on, one range below. The analysis and the TF-IDF vectors split their
	 * per-answer work the same way.
	 */
	static java.util.stream.Stream<int[]> halves(int n) {
		if (n < PARALLEL_MIN_ANSWERS) {
			return java.util.stream.Stream.of(new int[] { 0, n });
		}
		return java.util.stream.Stream.of(new int[] { 0, n / 2 }, new int[] { n / 2, n }).parallel();
	}

	/**
	 * Analyses the answers in two halves on two threads (analysis is the largest step for long answers). Term ids
	 * are numbered by first use in answer order, as one thread would: the second half's new terms come after the
	 * first half's, so the result does not depend on the threads.
	 */
	static Corpus analyse(String language, List<ThemeDocument> documents, Analyzer analyzer) {
		int n = documents.size();
		List<Part> parts = halves(n).map(range -> Part.analyse(documents.subList(range[0], range[1]), analyzer))
			.toList();
		Part first = parts.get(0);
		List<String> vocabulary = new ArrayList<>(first.vocabulary);
		Map<String, Integer> ids = first.ids;
		for (Part part : parts.subList(1, parts.size())) {
			int[] global = new int[part.vocabulary.size()];
			for (int t = 0; t < global.length; t++) {
				String term = part.vocabulary.get(t);
				global[t] = ids.computeIfAbsent(term, unknown -> {
					vocabulary.add(unknown);
					return vocabulary.size() - 1;
				});
			}
			part.renumber(global);
		}
		int[][] terms = new int[n][];
		int[][] wordTerms = new int[n][];
		int[][] wordStarts = new int[n][];
		int[][] wordEnds = new int[n][];
		int[][] modifiers = new int[n][];
		int offset = 0;
		for (Part part : parts) {
			int size = part.terms.length;
			System.arraycopy(part.terms, 0, terms, offset, size);
			System.arraycopy(part.wordTerms, 0, wordTerms, offset, size);
			System.arraycopy(part.wordStarts, 0, wordStarts, offset, size);
			System.arraycopy(part.wordEnds, 0, wordEnds, offset, size);
			System.arraycopy(part.modifiers, 0, modifiers, offset, size);
			offset += size;
		}
		return new Corpus(language, documents, vocabulary, terms, wordTerms, wordStarts, wordEnds, modifiers);
	}

	/** Consecutive answers analysed by one thread, with term ids of its own. */
	private record Part(List<String> vocabulary, Map<String, Integer> ids, int[][] terms, int[][] wordTerms,
			int[][] wordStarts, int[][] wordEnds, int[][] modifiers) {

		static Part analyse(List<ThemeDocument> documents, Analyzer analyzer) {
			int n = documents.size();
			var builder = new Builder(analyzer, n);
			var part = new Part(builder.vocabulary, builder.ids, new int[n][], new int[n][], new int[n][], new int[n][],
					new int[n][]);
			for (int d = 0; d < n; d++) {
				builder.analyse(documents.get(d).text());
				part.terms[d] = builder.terms.toArray();
				part.wordTerms[d] = builder.wordTerms.toArray();
				part.wordStarts[d] = builder.wordStarts.toArray();
				part.wordEnds[d] = builder.wordEnds.toArray();
				part.modifiers[d] = builder.modifiers.toArray();
			}
			return part;
		}

		void renumber(int[] global) {
			for (int[][] ids : List.of(this.terms, this.wordTerms, this.modifiers)) {
				for (int[] answer : ids) {
					for (int i = 0; i < answer.length; i++) {
						answer[i] = global[answer[i]];
					}
				}
			}
		}

	}

	/**
	 * A text outside the corpus as {terms, word terms, modifiers} over the corpus's term ids; unknown terms are
	 * left out of the terms and the modifiers and are -1 among the words.
	 */
	static int[][] analyseKnown(Analyzer analyzer, String text, Map<String, Integer> ids) {
		var terms = new IntList();
		var words = new IntList();
		var modifiers = new Modifiers();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				Integer id = ids.get(term.toString());
				boolean word = increment.getPositionIncrement() > 0;
				if (id != null) {
					terms.add(id);
				}
				modifiers.next(word, (id != null) ? id : -1);
				if (word) {
					words.add((id != null) ? id : -1);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new int[][] { terms.toArray(), words.toArray(), modifiers.toArray() };
	}

	/**
	 * Collects the modifiers of compounds from the analyzer's tokens: a word is followed by its parts at the same
	 * position (increment 0), left to right, so every part but the last of a word is a modifier.
	 */
	static final class Modifiers {

		private final IntList ids = new IntList();

		/** The last part seen of the current word, not yet known to be a modifier; -2 if none. */
		private int pending = -2;

		void clear() {
			this.ids.clear();
			this.pending = -2;
		}

		/** The next token: a word, or a part of the word before (term id, -1 if unknown). */
		void next(boolean word, int id) {
			if (!word && this.pending >= 0) {
				this.ids.add(this.pending);
			}
			this.pending = word ? -2 : id;
		}

		int[] toArray() {
			return this.ids.toArray();
		}

	}

	Map<String, Integer> termIds() {
		Map<String, Integer> ids = new HashMap<>(this.vocabulary.size() * 2);
		for (int i = 0; i < this.vocabulary.size(); i++) {
			ids.put(this.vocabulary.get(i), i);
		}
		return ids;
	}

	private static final class Builder {

		private final Analyzer analyzer;

		private final Map<String, Integer> ids;

		private final List<String> vocabulary = new ArrayList<>();

		private final IntList terms = new IntList();

		private final IntList wordTerms = new IntList();

		private final IntList wordStarts = new IntList();

		private final IntList wordEnds = new IntList();

		private final Modifiers modifiers = new Modifiers();

		private TokenStream stream;

		private CharTermAttribute term;

		private OffsetAttribute offset;

		private PositionIncrementAttribute increment;

		/**
		 * Sized for about two new terms per answer (2,314 titles: 2,700 terms in each half), so that the map is not
		 * grown again and again: that was a twentieth of the analysis.
		 */
		Builder(Analyzer analyzer, int answers) {
			this.analyzer = analyzer;
			this.ids = new HashMap<>(Math.max(16, 3 * answers));
		}

		void analyse(String text) {
			this.terms.clear();
			this.wordTerms.clear();
			this.wordStarts.clear();
			this.wordEnds.clear();
			this.modifiers.clear();
			try (TokenStream stream = this.analyzer.tokenStream("text", text)) {
				attributesOf(stream);
				var term = this.term;
				var offset = this.offset;
				var increment = this.increment;
				stream.reset();
				while (stream.incrementToken()) {
					int id = id(term.toString());
					this.terms.add(id);
					this.modifiers.next(increment.getPositionIncrement() > 0, id);
					if (increment.getPositionIncrement() > 0) {
						this.wordTerms.add(id);
						this.wordStarts.add(offset.startOffset());
						this.wordEnds.add(offset.endOffset());
					}
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The analyzer hands out the same token stream for every answer: its attributes are looked up once. */
		private void attributesOf(TokenStream stream) {
			if (stream != this.stream) {
				this.stream = stream;
				this.term = stream.addAttribute(CharTermAttribute.class);
				this.offset = stream.addAttribute(OffsetAttribute.class);
				this.increment = stream.addAttribute(PositionIncrementAttribute.class);
			}
		}

		private int id(String term) {
			Integer id = this.ids.get(term);
			if (id == null) {
				id = this.vocabulary.size();
				this.ids.put(term, id);
				this.vocabulary.add(term);
			}
			return id;
		}

	}

	/** A growable int array: the analysis of 100,000 answers should not box every term id. */
	static final class IntList {

		private int[] values = new int[64];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		void clear() {
			this.size = 0;
		}

		int size() {
			return this.size;
		}

		int get(int i) {
			return this.values[i];
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
