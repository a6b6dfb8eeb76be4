package de.mitreden.admin;

/**
 * The beginning of a long answer, for lists that should stay easy to scan (three quotes per theme): cut at the last
 * space before {@link #MAX_CHARS} characters and marked with "…". The page offers the whole text next to it.
 */
final class Excerpt {

	/** About three lines on a laptop; most one-line answers and many short ones are shown whole. */
	static final int MAX_CHARS = 300;

	private Excerpt() {
	}

	/** Whether {@code text} is longer than an excerpt shows. */
	static boolean isLong(String text) {
		return text != null && text.length() > MAX_CHARS;
	}

	/** {@code text} itself if it is short, else its beginning up to a word's end, with "…". */
	static String of(String text) {
		if (!isLong(text)) {
			return text;
		}
		int cut = MAX_CHARS;
		while (cut > MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
			cut--;
		}
		if (cut <= MAX_CHARS / 2) {
			// one very long word: cut inside it rather than show almost nothing, but not inside a character
			cut = Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
		}
		return text.substring(0, cut).stripTrailing() + " …";
	}

}
