package de.mitreden.textanalysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Where compound parts come from: the bundled list of common nouns, and words learned from the corpus at hand.
 * German capitalises nouns, so a capitalised word that a corpus uses on its own at least twice ("Ständer",
 * "Behörde"), once at least inside a sentence, is a good candidate for a compound part; words capitalised
 * only at the start of sentences ("Leider", "Bitte") and stop words are not.
 */
final class CompoundParts {

	static final int MIN_LEARNED_LENGTH = 4;

	static final int MIN_LEARNED_COUNT = 2;

	private static final Set<String> BUNDLED = Resources.wordList("textanalysis/german-compound-parts.txt");

	private CompoundParts() {
	}

	private static boolean startsSentence(String text, int position) {
		int i = position - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i < 0 || ".!?:;\"'„“(-–".indexOf(text.charAt(i)) >= 0;
	}

	/** The bundled parts: lexicalised, so never split themselves. */
	static Set<String> bundled() {
		return BUNDLED;
	}

	/** Counted in two halves on two threads when there are this many texts (the counts are merged, same result). */
	private static final int PARALLEL_MIN_TEXTS = 500;

	static Set<String> learn(Collection<String> texts) {
		List<String> all = new ArrayList<>(texts);
		int halves = (all.size() >= PARALLEL_MIN_TEXTS) ? 2 : 1;
		List<Counts> counted = IntStream.range(0, halves)
			.parallel()
			.mapToObj(h -> Counts.of(all.subList(h * all.size() / halves, (h + 1) * all.size() / halves)))
			.toList();
		Counts counts = counted.get(0);
		for (Counts more : counted.subList(1, counted.size())) {
			more.uses.forEach((word, count) -> counts.uses.merge(word, count, Integer::sum));
			counts.insideSentence.addAll(more.insideSentence);
		}
		Set<String> learned = new TreeSet<>();
		counts.uses.forEach((word, count) -> {
			if (count >= MIN_LEARNED_COUNT && counts.insideSentence.contains(word)
					&& !Stopwords.german().contains(word)) {
				learned.add(word);
			}
		});
		return learned;
	}

	/** How often each capitalised word is used, and which are used inside a sentence. */
	private record Counts(Map<String, Integer> uses, Set<String> insideSentence) {

		/**
		 * Counts the words of the text written as one capital and lower-case letters only ("Ständer", not "ADFC"
		 * or "E-Bike"s second half): what the pattern \b\p{Lu}\p{Ll}+\b finds, scanned by hand (the regular
		 * expression took 30 ms of the 2,314 Bonn contributions).
		 */
		void addCapitalisedWords(String text) {
			int i = 0;
			while (i < text.length()) {
				if (!isWordChar(text.charAt(i))) {
					i++;
					continue;
				}
				int start = i;
				while (i < text.length() && isWordChar(text.charAt(i))) {
					i++;
				}
				if (i - start >= MIN_LEARNED_LENGTH && isCapitalised(text, start, i)) {
					String word = text.substring(start, i).toLowerCase(Locale.GERMAN);
					this.uses.merge(word, 1, Integer::sum);
					if (!startsSentence(text, start)) {
						this.insideSentence.add(word);
					}
				}
			}
		}

		/** A word character as for \b in a regular expression. */
		private static boolean isWordChar(char c) {
			return c == '_' || Character.isLetterOrDigit(c);
		}

		private static boolean isCapitalised(String text, int start, int end) {
			if (Character.getType(text.charAt(start)) != Character.UPPERCASE_LETTER) {
				return false;
			}
			for (int i = start + 1; i < end; i++) {
				if (Character.getType(text.charAt(i)) != Character.LOWERCASE_LETTER) {
					return false;
				}
			}
			return true;
		}

		static Counts of(List<String> texts) {
			var counts = new Counts(new HashMap<>(), new HashSet<>());
			for (String text : texts) {
				if (text == null) {
					continue;
				}
				counts.addCapitalisedWords(text);
			}
			return counts;
		}

	}

}
