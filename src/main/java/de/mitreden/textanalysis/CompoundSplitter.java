package de.mitreden.textanalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits German compounds into known parts: "ausländerbehörde" → [ausländer, behörde], "sprachkurse" →
 * [sprache, kurs], "verkehrsführung" → [verkehr, führung] once "führung" is known.
 * <p>
 * Of all ways to cut a word into known parts, joined by a linking element (-s-, -es-, -n-, -en-, -er-, -e-,
 * -ns-) or with a dropped final -e ("Sprach-kurs"), and with an inflection ending after the last part
 * ("-behörden"), it takes the one with the fewest parts, then the fewest learned (rather than bundled) parts,
 * then the fewest linking letters, then the longest last part (the head, which carries the meaning). That is
 * the usual "fewest, longest known parts" rule of dictionary decompounding, and it is deterministic. Parts
 * come out in their dictionary form so that "Sprachkurs" and "Sprache" share a term after stemming. Words in
 * the bundled list are lexicalised and stay whole ("fahrrad" is not fahr + rad).
 */
final class CompoundSplitter {

	static final int MIN_WORD_LENGTH = 6;

	static final int MIN_PART_LENGTH = 3;

	private static final String[] LINKS = { "", "s", "es", "n", "en", "er", "e", "ns" };

	private static final Set<String> HEAD_ENDINGS = Set.of("e", "n", "en", "s", "es", "er", "ern", "nen");

	private static final String[] NO_SPLIT = new String[0];

	private final Set<String> lexicon;

	/** The bundled and learned parts, walked along a word to find the parts that start at a position. */
	private final PartTrie parts;

	CompoundSplitter(Set<String> lexicon, Set<String> learned) {
		this.lexicon = lexicon;
		this.parts = new PartTrie(lexicon, learned);
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
		Segmentation best = new Cuts(word).best(0);
		return (best == null || best.parts.size() < 2) ? NO_SPLIT : best.parts.toArray(NO_SPLIT);
	}

	/** The cuts of one word: its letters, and the best segmentation per start. */
	private final class Cuts {

		private final String word;

		private final char[] letters;

		private final Segmentation[] memo;

		private final boolean[] done;

		Cuts(String word) {
			this.word = word;
			this.letters = word.toCharArray();
			this.memo = new Segmentation[word.length()];
			this.done = new boolean[word.length()];
		}

		/** The best segmentation of the word from {@code from} to its end, memoised per start position. */
		Segmentation best(int from) {
			if (this.done[from]) {
				return this.memo[from];
			}
			Segmentation best = null;
			int node = PartTrie.ROOT;
			for (int end = from + 1; end <= this.word.length(); end++) {
				node = CompoundSplitter.this.parts.next(node, this.letters[end - 1]);
				if (node == PartTrie.NONE) {
					break;
				}
				String part = (end - from >= MIN_PART_LENGTH) ? partAt(node, from, end) : null;
				if (part != null) {
					if (from > 0) {
						// a single part spanning the whole word is no split (the word may itself be a learned part)
						best = better(best, lastPart(part, end));
					}
					best = better(best, withRest(part, end));
				}
			}
			this.done[from] = true;
			this.memo[from] = best;
			return best;
		}

		private Segmentation lastPart(String part, int end) {
			String ending = this.word.substring(end);
			if (ending.isEmpty() || HEAD_ENDINGS.contains(ending)) {
				return Segmentation.of(part, isLearned(part));
			}
			return null;
		}

		private Segmentation withRest(String part, int end) {
			Segmentation best = null;
			for (String link : LINKS) {
				int next = end + link.length();
				if (next < this.word.length() && this.word.startsWith(link, end)) {
					Segmentation rest = best(next);
					if (rest != null) {
						best = better(best, rest.prepend(part, isLearned(part), link.length()));
					}
				}
			}
			return best;
		}

		/**
		 * The known part spelled by word[from, end), in its dictionary form, or null; {@code node} is where the
		 * trie is after those letters.
		 */
		private String partAt(int node, int from, int end) {
			int length = end - from;
			if (isKnown(CompoundSplitter.this.parts.flags(node), length)) {
				return this.word.substring(from, end);
			}
			int withE = CompoundSplitter.this.parts.next(node, 'e');
			return (withE != PartTrie.NONE && isKnown(CompoundSplitter.this.parts.flags(withE), length + 1))
					? this.word.substring(from, end) + "e" : null;
		}

	}

	/** Learned parts count from {@link CompoundParts#MIN_LEARNED_LENGTH} letters, bundled ones from any length. */
	private static boolean isKnown(int flags, int length) {
		return (flags & PartTrie.BUNDLED) != 0
				|| ((flags & PartTrie.LEARNED) != 0 && length >= CompoundParts.MIN_LEARNED_LENGTH);
	}

	private boolean isLearned(String part) {
		return !this.lexicon.contains(part);
	}

	private static Segmentation better(Segmentation a, Segmentation b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return (b.compareTo(a) < 0) ? b : a;
	}

	private record Segmentation(List<String> parts, int learnedParts, int linkLetters) implements Comparable<Segmentation> {

		static Segmentation of(String part, boolean learned) {
			return new Segmentation(List.of(part), learned ? 1 : 0, 0);
		}

		Segmentation prepend(String part, boolean learned, int link) {
			var all = new ArrayList<String>(this.parts.size() + 1);
			all.add(part);
			all.addAll(this.parts);
			return new Segmentation(all, this.learnedParts + (learned ? 1 : 0), this.linkLetters + link);
		}

		@Override
		public int compareTo(Segmentation other) {
			int c = Integer.compare(this.parts.size(), other.parts.size());
			if (c == 0) {
				c = Integer.compare(this.learnedParts, other.learnedParts);
			}
			if (c == 0) {
				c = Integer.compare(this.linkLetters, other.linkLetters);
			}
			if (c == 0) {
				c = Integer.compare(other.head().length(), head().length());
			}
			return (c != 0) ? c : String.join("+", this.parts).compareTo(String.join("+", other.parts));
		}

		private String head() {
			return this.parts.get(this.parts.size() - 1);
		}

	}

}
