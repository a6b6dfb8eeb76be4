package de.mitreden.textanalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import de.danielnaber.jwordsplitter.GermanWordSplitter;

/**
 * Where compound parts come from: the bundled list of common nouns of city life, and the words of a German
 * dictionary, jwordsplitter's word list (about 65,000 lower-case words and forms; the list LanguageTool's German
 * decompounder uses).
 * <p>
 * The dictionary knows the parts a small dialogue never uses on their own ("Kopfsteinpflaster" needs "Stein" and
 * "Pflaster"). Until session 16 the parts beyond the bundled list were learned from each corpus (nouns used on
 * their own at least twice); with the dictionary that learning no longer changed the themes beyond the seed noise,
 * and it cost about 1.5 ms of a 20 ms one-liner run, so it was dropped (docs/THEMES.md, pipeline step 3, has the
 * figures).
 * <p>
 * Only the word list is used, not jwordsplitter's own splitting: that keeps the linking letters on the parts
 * ("verkehrs", "sprach"), where {@link CompoundSplitter} gives the forms the same words have on their own.
 */
final class CompoundParts {

	/** Dictionary words shorter than this are no parts: "Zustand" is not zu + stand, nor "Radweg" ra + dweg. */
	static final int MIN_DICTIONARY_LENGTH = 4;

	private static final Set<String> BUNDLED = Resources.wordList("textanalysis/german-compound-parts.txt");

	private CompoundParts() {
	}

	/** The bundled parts: lexicalised, so never split themselves. */
	static Set<String> bundled() {
		return BUNDLED;
	}

	/**
	 * The dictionary's words that can be compound parts: from {@link #MIN_DICTIONARY_LENGTH} letters, lower case,
	 * not stop words. Read from the library at every call (about 0.2 s): build what needs them once.
	 */
	static Set<String> dictionary() {
		Set<String> parts = new HashSet<>();
		for (String word : WordList.read()) {
			if (word.length() >= MIN_DICTIONARY_LENGTH && isLowerCase(word) && !Stopwords.german().contains(word)) {
				parts.add(word);
			}
		}
		return parts;
	}

	/** The list holds a few capitalised entries ("Jaspis"); the splitter looks at lower-case words only. */
	private static boolean isLowerCase(String word) {
		return word.chars().noneMatch(Character::isUpperCase);
	}

	/** jwordsplitter keeps its word list in a protected field of its splitter: this subclass hands it out. */
	private static final class WordList extends GermanWordSplitter {

		private WordList() throws IOException {
			super(false);
		}

		static Set<String> read() {
			try {
				return new WordList().words;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("jwordsplitter's German word list cannot be read", ex);
			}
		}

	}

}
