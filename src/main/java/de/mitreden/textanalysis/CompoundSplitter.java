package de.mitreden.textanalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits German compounds into known parts: "ausländerbehörde" → [ausländer, behörde], "verkehrssicherheit" →
 * [verkehr, sicherheit], "kopfsteinpflaster" → [kopf, stein, pflaster].
 * <p>
 * Of all ways to cut a word into known parts, joined by a linking element (-s-, -es-, -n-, -en-, -er-, -e-,
 * -ns-) or with a dropped final -e ("Sprach-kurs"), and with an inflection ending after the last part
 * ("-behörden"), it takes the one with the fewest parts, then the fewest from the dictionary (rather than the
 * bundled list), then the fewest linking letters, then the longest last part (the head, which carries the
 * meaning). That is the usual "fewest, longest known parts" rule of dictionary decompounding, and it is
 * deterministic. Parts come out in their dictionary form so that "Sprachkurs" and "Sprache" share a term after
 * stemming. Words in the bundled list are lexicalised and stay whole ("fahrrad" is not fahr + rad).
 */
final class CompoundSplitter {

	static final int MIN_WORD_LENGTH = 6;

	static final int MIN_PART_LENGTH = 3;

	private static final String[] LINKS = { "", "s", "es", "n", "en", "er", "e", "ns" };

	private static final String[] HEAD_ENDINGS = { "e", "n", "en", "s", "es", "er", "ern", "nen" };

	private static final String[] NO_SPLIT = new String[0];

	private final Set<String> lexicon;

	/** The bundled parts and the dictionary's words. */
	private final PartTrie parts;

	CompoundSplitter(Set<String> lexicon, Set<String> dictionary) {
		this.lexicon = lexicon;
		this.parts = new PartTrie(lexicon, dictionary);
	}

	/** The parts of a lower-case word, or an empty list if it is no compound of known parts. */
	List<String> split(String word) {
		return Arrays.asList(splitToArray(word));
	}

	String[] splitToArray(String word) {
		if (word.length() < MIN_WORD_LENGTH || this.lexicon.contains(word)) {
			return NO_SPLIT;
		}
		// no cache here: the German analyzer asks once per distinct word already (WordMemoFilter)
		return compute(word);
	}

	private String[] compute(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isLetter(word.charAt(i))) {
				return NO_SPLIT;
			}
		}
		return new Cuts(word).parts();
	}

	/**
	 * The cuts of one word: per start position the best segmentation of the rest of the word, memoised, held as
	 * numbers (where its first part ends, whether it takes an "e", where the next part starts, and the counts the
	 * rule compares) rather than as lists of strings: with the dictionary many parts start at each position, and
	 * the strings of every candidate made the splitting about a sixth slower (12.4 against 10.4 ms for the 12,826
	 * distinct words of the Bonn contributions, before the trie's flat arrays).
	 */
	private final class Cuts {

		private static final int UNKNOWN = -2;

		private static final int NO_SEGMENTATION = -1;

		/** {@link #next}: the first part is the last one. */
		private static final int LAST = -1;

		private final String word;

		private final char[] letters;

		/** Per start: where the first part ends, {@link #UNKNOWN} or {@link #NO_SEGMENTATION}. */
		private final int[] end;

		/** Per start: whether the first part is its letters plus an "e" ("sprach" → "sprache"). */
		private final boolean[] withE;

		/** Per start: where the next part starts, or {@link #LAST}. */
		private final int[] next;

		private final int[] parts;

		private final int[] dictionaryParts;

		private final int[] linkLetters;

		/** Per start: the length of the last part (with its "e"), the head. */
		private final int[] headLength;

		Cuts(String word) {
			this.word = word;
			this.letters = word.toCharArray();
			int n = word.length();
			this.end = new int[n];
			java.util.Arrays.fill(this.end, UNKNOWN);
			this.withE = new boolean[n];
			this.next = new int[n];
			this.parts = new int[n];
			this.dictionaryParts = new int[n];
			this.linkLetters = new int[n];
			this.headLength = new int[n];
		}

		/** The parts of the best segmentation of the whole word, or none if it has fewer than two. */
		String[] parts() {
			solve(0);
			if (this.end[0] == NO_SEGMENTATION || this.parts[0] < 2) {
				return NO_SPLIT;
			}
			return partsFrom(0).toArray(NO_SPLIT);
		}

		/** Finds the best segmentation from {@code from} to the word's end, once per start position. */
		private void solve(int from) {
			if (this.end[from] != UNKNOWN) {
				return;
			}
			this.end[from] = NO_SEGMENTATION;
			int node = PartTrie.ROOT;
			for (int partEnd = from + 1; partEnd <= this.word.length(); partEnd++) {
				node = CompoundSplitter.this.parts.next(node, this.letters[partEnd - 1]);
				if (node == PartTrie.NONE) {
					break;
				}
				int kind = (partEnd - from >= MIN_PART_LENGTH) ? partAt(node) : NO_PART;
				if (kind == NO_PART) {
					continue;
				}
				boolean e = (kind & WITH_E) != 0;
				int fromDictionary = ((kind & PartTrie.BUNDLED) == 0) ? 1 : 0;
				// a single part spanning the whole word is no split (the word may itself be a dictionary word)
				if (from > 0 && isHeadEnding(this.word, partEnd)) {
					offer(from, partEnd, e, LAST, 1, fromDictionary, 0, partEnd - from + (e ? 1 : 0));
				}
				for (String link : LINKS) {
					int rest = partEnd + link.length();
					if (rest < this.word.length() && this.word.startsWith(link, partEnd)) {
						solve(rest);
						if (this.end[rest] != NO_SEGMENTATION) {
							offer(from, partEnd, e, rest, 1 + this.parts[rest], fromDictionary + this.dictionaryParts[rest],
									link.length() + this.linkLetters[rest], this.headLength[rest]);
						}
					}
				}
			}
		}

		/**
		 * Keeps a candidate if it is better than the best so far: fewer parts, then fewer from the dictionary, then fewer
		 * linking letters, then a longer head, then the parts' text (only then are strings built).
		 */
		private void offer(int from, int partEnd, boolean e, int rest, int parts, int fromDictionary, int links,
				int head) {
			if (this.end[from] != NO_SEGMENTATION) {
				int c = Integer.compare(parts, this.parts[from]);
				if (c == 0) {
					c = Integer.compare(fromDictionary, this.dictionaryParts[from]);
				}
				if (c == 0) {
					c = Integer.compare(links, this.linkLetters[from]);
				}
				if (c == 0) {
					c = Integer.compare(this.headLength[from], head);
				}
				if (c == 0) {
					String candidate = String.join("+", candidateParts(from, partEnd, e, rest));
					c = candidate.compareTo(String.join("+", partsFrom(from)));
				}
				if (c >= 0) {
					return;
				}
			}
			this.end[from] = partEnd;
			this.withE[from] = e;
			this.next[from] = rest;
			this.parts[from] = parts;
			this.dictionaryParts[from] = fromDictionary;
			this.linkLetters[from] = links;
			this.headLength[from] = head;
		}

		private List<String> candidateParts(int from, int partEnd, boolean e, int rest) {
			List<String> all = new ArrayList<>();
			all.add(part(from, partEnd, e));
			if (rest != LAST) {
				all.addAll(partsFrom(rest));
			}
			return all;
		}

		private List<String> partsFrom(int from) {
			List<String> all = new ArrayList<>();
			for (int at = from; at != LAST; at = this.next[at]) {
				all.add(part(at, this.end[at], this.withE[at]));
			}
			return all;
		}

		private String part(int from, int partEnd, boolean e) {
			String letters = this.word.substring(from, partEnd);
			return e ? letters + "e" : letters;
		}

		/**
		 * Whether the letters that led the trie to {@code node} are a known part, as they are or with an "e" added
		 * (its dictionary form: "sprach" → "sprache"): {@link #NO_PART}, or the part's trie flags
		 * ({@link PartTrie#BUNDLED} if it is a bundled one), with {@link #WITH_E} for the "e". The flags tell a
		 * bundled part from a dictionary word without looking it up again.
		 */
		private int partAt(int node) {
			int flags = CompoundSplitter.this.parts.flags(node);
			if (flags != NO_PART) {
				return flags;
			}
			int withE = CompoundSplitter.this.parts.next(node, 'e');
			return (withE == PartTrie.NONE || CompoundSplitter.this.parts.flags(withE) == NO_PART) ? NO_PART
					: CompoundSplitter.this.parts.flags(withE) | WITH_E;
		}

	}

	/** Not a known part: a known one has {@link PartTrie#BUNDLED} or {@link PartTrie#DICTIONARY} set. */
	private static final int NO_PART = 0;

	/** A bit beside the trie's {@link PartTrie#BUNDLED} and {@link PartTrie#DICTIONARY}: the part has an added "e". */
	private static final int WITH_E = 4;

	/** Whether the word ends at {@code end} or with an inflection of its head from there (compared in place). */
	private static boolean isHeadEnding(String word, int end) {
		int length = word.length() - end;
		if (length == 0) {
			return true;
		}
		for (String ending : HEAD_ENDINGS) {
			if (ending.length() == length && word.startsWith(ending, end)) {
				return true;
			}
		}
		return false;
	}

}
