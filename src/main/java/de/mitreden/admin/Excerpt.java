package de.mitreden.admin;

/**
 * The beginning of a long text, for places that should stay easy to scan (three quotes per theme, a question in a
 * table row): cut at the last white space before the limit and marked with "…".
 */
final class Excerpt {

	/** For quotes: about three lines on a laptop; most one-line answers and many short ones are shown whole. */
	static final int MAX_CHARS = 300;

	private Excerpt() {
	}

	/** Whether {@code text} is longer than a quote's excerpt shows. */
	static boolean isLong(String text) {
		return text != null && text.length() > MAX_CHARS;
	}

	/** A quote itself if it is short, else its beginning up to a word's end, with "…". */
	static String of(String text) {
		return of(text, MAX_CHARS);
	}

	/** {@code text} itself if it has at most {@code maxChars} characters, else its beginning up to a word's end, with "…". */
	static String of(String text, int maxChars) {
		if (text == null || text.length() <= maxChars) {
			return text;
		}
		int cut = maxChars;
		while (cut > maxChars / 2 && !Character.isWhitespace(text.charAt(cut))) {
			cut--;
		}
		if (cut <= maxChars / 2) {
			// one very long word: cut inside it rather than show almost nothing, but not inside a character
			cut = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
		}
		return text.substring(0, cut).stripTrailing() + " …";
	}

}
