package de.mitreden.textanalysis;

/**
 * The verb a German noun in -ung or a participle comes from, where the dictionary knows that verb: "Beleuchtung",
 * "beleuchtet" and "unbeleuchtet" → beleuchten; "geparkte" → parken; "Markierung" and "markiert" → markieren;
 * "ausgeschildert" → ausschildern.
 * <p>
 * Lucene's light stemmer folds inflection only, so "Beleuchtung" and "beleuchtet" stay two unrelated terms, and in
 * a short answer one word is often all there is. The verb is added as one more part of the word
 * ({@link CompoundSplitter}), so both meet at "beleucht". Only the regular forms are read (a weak participle in
 * ge-…-t, after a separable prefix too, or with an inseparable prefix instead; -iert; -ung), and only where the
 * verb is a word of the dictionary: "Gebiet" and "Gesicht" name no verb "bien" or "sichen", so they get none.
 * Measured (docs/THEMES.md, pipeline step 3): with it the Bonn contributions group better at every size, most the
 * long answers. Present-tense forms ("blendet"), strong participles ("gefahren"), nouns in -heit/-keit and
 * adjectives in -bar, -ig, -lich or with un- were measured too and added nothing beyond the noise.
 * <p>
 * Asked once per distinct word of at least 6 letters (about 0.3 µs each), it reads the word in place and walks the
 * dictionary's trie along it, making a String only for a verb found.
 */
final class VerbRoots {

	/** Endings of a declined participle: "geparkt-e", "markiert-en". */
	private static final String[] INFLECTIONS = { "en", "em", "er", "es", "e" };

	/** Prefixes before the ge- of a participle: "aus-ge-schildert" → ausschildern. */
	private static final String[] SEPARABLE = { "ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "her", "hin",
			"los", "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen", "um", "durch", "über", "unter" };

	/** Prefixes that take the place of ge-: "be-leuchtet", "ver-bessert". */
	private static final String[] INSEPARABLE = { "be", "ver", "er", "zer", "ent", "emp", "miss" };

	/** The endings of a weak participle after its stem: "schalt-et", "park-t". */
	private static final String[] PARTICIPLE_T = { "et", "t" };

	/** The shortest stem after a bare ge-: "ge-park-t" is a participle, "ge-sam-t" (gesamt) is none. */
	private static final int MIN_STEM_AFTER_GE = 4;

	/** The shortest stem after any other prefix, and of a noun in -ung. */
	private static final int MIN_STEM = 3;

	private static final String[] NONE = new String[0];

	private final PartTrie dictionary;

	/** Verbs are looked up among the trie's words of the dictionary ({@link PartTrie#DICTIONARY}). */
	VerbRoots(PartTrie dictionary) {
		this.dictionary = dictionary;
	}

	/**
	 * The verbs of a lower-case word: none if it is none of the forms read or the dictionary does not know the verb,
	 * else one, or two for a separable verb, with its prefix and without ("zugeparkt" → parken only, as "zuparken"
	 * is not in the dictionary; "aufgestellt" → aufstellen, stellen).
	 */
	String[] of(String word) {
		if (word.endsWith("ungen")) {
			return one(verb("", word, 0, word.length() - 5));
		}
		if (word.endsWith("ung")) {
			return one(verb("", word, 0, word.length() - 3));
		}
		int end = participleEnd(word);
		if (end < 0) {
			return NONE;
		}
		String[] verbs = word.startsWith("un") ? ofParticiple(word, 2, end) : NONE;
		return (verbs.length > 0) ? verbs : ofParticiple(word, 0, end);
	}

	private static String[] one(String verb) {
		return (verb == null) ? NONE : new String[] { verb };
	}

	/** Where the participle ends, before a declension ending ("geparkt|en"), or -1 if the word ends in no -t. */
	private static int participleEnd(String word) {
		int length = word.length();
		for (String ending : INFLECTIONS) {
			int end = length - ending.length();
			if (end > 0 && word.endsWith(ending) && word.charAt(end - 1) == 't') {
				return end;
			}
		}
		return (length > 0 && word.charAt(length - 1) == 't') ? length : -1;
	}

	/** The verbs of the participle {@code word[from, end)}, which ends in -t. */
	private String[] ofParticiple(String word, int from, int end) {
		if (end - from > 4 && word.startsWith("iert", end - 4)) {
			return one(verb("", word, from, end - 1));
		}
		if (word.startsWith("ge", from)) {
			return one(ofStem("", word, from + 2, end, MIN_STEM_AFTER_GE));
		}
		for (String prefix : SEPARABLE) {
			int ge = from + prefix.length();
			if (word.startsWith(prefix, from) && word.startsWith("ge", ge)) {
				String[] verbs = separable(prefix, word, ge + 2, end);
				if (verbs.length > 0) {
					return verbs;
				}
			}
		}
		for (String prefix : INSEPARABLE) {
			if (word.startsWith(prefix, from)) {
				return one(ofStem("", word, from, end, prefix.length() + MIN_STEM));
			}
		}
		return NONE;
	}

	/**
	 * A separable verb's participle ("zu-ge-parkt") gives the verb with its prefix where the dictionary knows it, and
	 * always the verb without, where the topic lies: "zugeparkt" meets "parken" and "Parkplatz", "ausgeschildert"
	 * meets "ausschildern" and "Schild" (via "schildern", which stems the same).
	 */
	private String[] separable(String prefix, String word, int from, int end) {
		String withPrefix = ofStem(prefix, word, from, end, MIN_STEM);
		String without = ofStem("", word, from, end, MIN_STEM);
		if (withPrefix == null || without == null) {
			return one((withPrefix != null) ? withPrefix : without);
		}
		return new String[] { withPrefix, without };
	}

	/** The verb of the stem {@code word[from, end)} with its participle's -t or -et ("park-t", "schalt-et"). */
	private String ofStem(String prefix, String word, int from, int end, int minStem) {
		for (String t : PARTICIPLE_T) {
			int stemEnd = end - t.length();
			if (stemEnd - from >= minStem && word.startsWith(t, stemEnd)) {
				String verb = verb(prefix, word, from, stemEnd);
				if (verb != null) {
					return verb;
				}
			}
		}
		return null;
	}

	/**
	 * The infinitive of {@code prefix + word[from, to)} if the dictionary knows it: "park" → parken, "verbesser" →
	 * verbessern.
	 */
	private String verb(String prefix, String word, int from, int to) {
		if (prefix.length() + to - from < MIN_STEM) {
			return null;
		}
		int afterPrefix = this.dictionary.walk(PartTrie.ROOT, prefix, 0, prefix.length());
		int stem = this.dictionary.walk(afterPrefix, word, from, to);
		if (stem == PartTrie.NONE) {
			return null;
		}
		if (isDictionaryWord(this.dictionary.walk(stem, "en", 0, 2))) {
			return prefix + word.substring(from, to) + "en";
		}
		boolean nEnding = word.startsWith("el", to - 2) || word.startsWith("er", to - 2);
		boolean withN = nEnding && isDictionaryWord(this.dictionary.walk(stem, "n", 0, 1));
		return withN ? prefix + word.substring(from, to) + "n" : null;
	}

	private boolean isDictionaryWord(int node) {
		return node != PartTrie.NONE && (this.dictionary.flags(node) & PartTrie.DICTIONARY) != 0;
	}

}
