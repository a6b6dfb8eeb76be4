package de.mitreden.themes;

import java.util.Set;

/**
 * German place names of the form "Godesberger Allee", "Endenicher Straße", "Oppelner Str.": a capitalised
 * adjective in -er made of a place, before a street word. Such a word ties answers by where they are, not by what
 * they are about (the same street has a broken surface, a missing sign and parked cars), so it is no feature of
 * the themes; labels and search still show it. A word counts as a place name when at least half of its uses in
 * the corpus are in that position, so "Radfahrer Straße queren" once does not drop "Radfahrer". German only.
 */
final class PlaceNames {

	/**
	 * Words that follow an -er place adjective in German street names (as whole words, capitalised). A set, not a
	 * regular expression: it is asked at every capitalised word in -er ("Radfahrer"), thousands per dialogue.
	 */
	private static final Set<String> STREET = Set.of("Straße", "Strasse", "Str", "Allee", "Platz", "Ring", "Weg",
			"Brücke", "Gasse", "Ufer", "Damm", "Chaussee", "Tor", "Markt", "Wall", "Berg", "Tunnel", "Kreisel");

	/** Shortest adjective: "Beueler", "Bonner"; shorter words in -er are not place adjectives ("Uber"). */
	private static final int MIN_LENGTH = 5;

	private PlaceNames() {
	}

	/** Per term of the corpus: whether it is mostly used as the place adjective of a street name. */
	static boolean[] of(Corpus corpus) {
		int terms = corpus.vocabulary.size();
		boolean[] places = new boolean[terms];
		if (!"de".equals(corpus.language)) {
			return places;
		}
		int[] asPlace = new int[terms];
		int[] asWord = new int[terms];
		for (int d = 0; d < corpus.size(); d++) {
			int[] words = corpus.wordTerms[d];
			for (int i = 0; i < words.length; i++) {
				asWord[words[i]]++;
				if (i + 1 < words.length
						&& isPlaceAdjective(corpus.text(d), corpus.wordStarts[d][i], corpus.wordEnds[d][i])
						&& isStreetWord(corpus.text(d), corpus.wordStarts[d][i + 1], corpus.wordEnds[d][i + 1])) {
					asPlace[words[i]]++;
				}
			}
		}
		for (int t = 0; t < terms; t++) {
			places[t] = asPlace[t] > 0 && 2 * asPlace[t] >= asWord[t];
		}
		return places;
	}

	/** Capitalised, long enough, ending in -er: read in place, as this runs for every word of every answer. */
	static boolean isPlaceAdjective(String text, int start, int end) {
		return end - start >= MIN_LENGTH && Character.isUpperCase(text.charAt(start))
				&& Character.toLowerCase(text.charAt(end - 2)) == 'e' && Character.toLowerCase(text.charAt(end - 1)) == 'r';
	}

	/** Capitalised and of a street word's length before the set is asked: most words after "Radfahrer" are not. */
	private static boolean isStreetWord(String text, int start, int end) {
		int length = end - start;
		return length >= SHORTEST_STREET && length <= LONGEST_STREET && Character.isUpperCase(text.charAt(start))
				&& STREET.contains(text.substring(start, end));
	}

	private static final int SHORTEST_STREET = STREET.stream().mapToInt(String::length).min().orElse(0);

	private static final int LONGEST_STREET = STREET.stream().mapToInt(String::length).max().orElse(0);

}
