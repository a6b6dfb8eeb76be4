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

	/** The verbs of nouns in -ung and of participles, added as more parts ({@link VerbRoots}). */
	private final VerbRoots verbs;

	CompoundSplitter(Set<String> lexicon, Set<String> dictionary) {
		this.lexicon = lexicon;
		this.parts = new PartTrie(lexicon, dictionary);
		this.verbs = new VerbRoots(this.parts);
	}

	/** The parts of a lower-case word, or an empty list if it is no compound of known parts. */
	List<String> split(String word) {
		return Arrays.asList(splitToArray(word));
	}

	String[] splitToArray(String word) {
		if (word.length() < MIN_WORD_LENGTH || this.lexicon.contains(word)) {
			return NO_SPLIT;
		}
		return compute(word);
	}

	/**
	 * What the analysis adds after a lower-case word: its parts, and the verbs it derives from ({@link VerbRoots}).
	 * A simple word gets its verbs alone ("beleuchtung" → [beleuchten]; "aufgestellt" → [aufstellen, stellen], the
	 * last part at full weight, the others as modifiers at half weight), a compound gets them before its head
	 * ("straßenbeleuchtung" → [straßen, beleuchten, beleuchtung]), where they count as modifiers: the head is what
	 * the compound is about.
	 */
	String[] partsAndVerbs(String word) {
		if (word.length() < MIN_WORD_LENGTH) {
			return NO_SPLIT;
		}
		// no cache here: the German analyzer asks once per distinct word already (WordMemoFilter)
		String[] split = splitToArray(word);
		String head = (split.length == 0) ? word : split[split.length - 1];
		String[] verbs = this.verbs.of(head);
		if (verbs.length == 0) {
			return split;
		}
		if (split.length == 0) {
			return verbs;
		}
		// the modifiers, the verbs, then the head
		String[] withVerbs = Arrays.copyOf(split, split.length + verbs.length);
		System.arraycopy(verbs, 0, withVerbs, split.length - 1, verbs.length);
		withVerbs[withVerbs.length - 1] = head;
		return withVerbs;
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
				int kind = (end - from >= MIN_PART_LENGTH) ? partAt(node) : NO_PART;
				if (kind != NO_PART) {
					String letters = this.word.substring(from, end);
					String part = ((kind & WITH_E) != 0) ? letters + "e" : letters;
					boolean fromDictionary = (kind & PartTrie.BUNDLED) == 0;
					if (from > 0) {
						// a single part spanning the whole word is no split (the word may itself be a dictionary word)
						best = better(best, lastPart(part, fromDictionary, end));
					}
					best = better(best, withRest(part, fromDictionary, end));
				}
			}
			this.done[from] = true;
			this.memo[from] = best;
			return best;
		}

		private Segmentation lastPart(String part, boolean fromDictionary, int end) {
			return isHeadEnding(this.word, end) ? Segmentation.of(part, fromDictionary) : null;
		}

		private Segmentation withRest(String part, boolean fromDictionary, int end) {
			Segmentation best = null;
			for (String link : LINKS) {
				int next = end + link.length();
				if (next < this.word.length() && this.word.startsWith(link, end)) {
					Segmentation rest = best(next);
					if (rest != null) {
						best = better(best, rest.prepend(part, fromDictionary, link.length()));
					}
				}
			}
			return best;
		}

		/**
		 * Whether the letters that led the trie to {@code node} are a known part, as they are or with an "e" added
		 * (its dictionary form: "sprach" → "sprache"): {@link #NO_PART}, or the part's trie flags
		 * ({@link PartTrie#BUNDLED} if it is a bundled one), with {@link #WITH_E} for the "e". The flags tell a
		 * bundled part from a dictionary word without looking the part up again.
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

	private static Segmentation better(Segmentation a, Segmentation b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return (b.compareTo(a) < 0) ? b : a;
	}

	private record Segmentation(List<String> parts, int fromDictionaryParts, int linkLetters)
			implements Comparable<Segmentation> {

		static Segmentation of(String part, boolean fromDictionary) {
			return new Segmentation(List.of(part), fromDictionary ? 1 : 0, 0);
		}

		Segmentation prepend(String part, boolean fromDictionary, int link) {
			var all = new ArrayList<String>(this.parts.size() + 1);
			all.add(part);
			all.addAll(this.parts);
			return new Segmentation(all, this.fromDictionaryParts + (fromDictionary ? 1 : 0), this.linkLetters + link);
		}

		@Override
		public int compareTo(Segmentation other) {
			int c = Integer.compare(this.parts.size(), other.parts.size());
			if (c == 0) {
				c = Integer.compare(this.fromDictionaryParts, other.fromDictionaryParts);
			}
			if (c == 0) {
				c = Integer.compare(this.linkLetters, other.linkLetters);
			}
			if (c == 0) {
				c = Integer.compare(other.head().length(), head().length());
			}
			return (c != 0) ? c : compareParts(other);
		}

		/**
		 * The parts in order, one by one (the sizes are equal here): the same order as joining each side's parts
		 * with "+" and comparing the results, without building the two Strings for every tie (ties are common: two
		 * linking letters that both fit).
		 */
		private int compareParts(Segmentation other) {
			for (int i = 0; i < this.parts.size(); i++) {
				int c = this.parts.get(i).compareTo(other.parts.get(i));
				if (c != 0) {
					return c;
				}
			}
			return 0;
		}

		private String head() {
			return this.parts.get(this.parts.size() - 1);
		}

	}

}
