package de.mitreden.textanalysis;

import java.util.function.Predicate;

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
 * long answers. Present-tense forms ("blendet"), nouns in -heit/-keit and adjectives in -bar or with un- were
 * measured too and added nothing beyond the noise.
 */
final class VerbRoots {

	/** Endings of a declined participle: "geparkt-e", "markiert-en". */
	private static final String[] INFLECTIONS = { "en", "em", "er", "es", "e" };

	/** Prefixes before the ge- of a participle: "aus-ge-schildert" → ausschildern. */
	private static final String[] SEPARABLE = { "ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "her", "hin",
			"los", "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen", "um", "durch", "über", "unter" };

	/** Prefixes that take the place of ge-: "be-leuchtet", "ver-bessert". */
	private static final String[] INSEPARABLE = { "be", "ver", "er", "zer", "ent", "emp", "miss" };

	/** The shortest stem after a bare ge-: "ge-park-t" is a participle, "ge-sam-t" (gesamt) is none. */
	private static final int MIN_STEM_AFTER_GE = 4;

	private final Predicate<String> isDictionaryWord;

	VerbRoots(Predicate<String> isDictionaryWord) {
		this.isDictionaryWord = isDictionaryWord;
	}

	/** The verb of a lower-case word, or null if it is none of the forms read or the verb is not known. */
	String of(String word) {
		if (word.endsWith("ungen")) {
			return verb(word.substring(0, word.length() - 5));
		}
		if (word.endsWith("ung")) {
			return verb(word.substring(0, word.length() - 3));
		}
		String participle = withoutInflection(word);
		if (!participle.endsWith("t")) {
			return null;
		}
		String verb = participle.startsWith("un") ? ofParticiple(participle.substring(2)) : null;
		return (verb != null) ? verb : ofParticiple(participle);
	}

	private static String withoutInflection(String word) {
		for (String ending : INFLECTIONS) {
			int end = word.length() - ending.length();
			if (end > 0 && word.endsWith(ending) && word.charAt(end - 1) == 't') {
				return word.substring(0, end);
			}
		}
		return word;
	}

	private String ofParticiple(String participle) {
		if (participle.endsWith("iert")) {
			return verb(participle.substring(0, participle.length() - 1));
		}
		if (participle.startsWith("ge")) {
			return ofStem("", participle.substring(2), MIN_STEM_AFTER_GE);
		}
		for (String prefix : SEPARABLE) {
			if (participle.startsWith(prefix + "ge")) {
				String verb = ofStem(prefix, participle.substring(prefix.length() + 2), MIN_STEM_AFTER_GE - 1);
				if (verb != null) {
					return verb;
				}
			}
		}
		for (String prefix : INSEPARABLE) {
			if (participle.startsWith(prefix)) {
				return ofStem(prefix, participle.substring(prefix.length()), MIN_STEM_AFTER_GE - 1);
			}
		}
		return null;
	}

	/** The verb of a stem with its participle's -t or -et ("park-t", "schalt-et"), the prefix put back before it. */
	private String ofStem(String prefix, String stemAndT, int minStem) {
		for (String t : new String[] { "et", "t" }) {
			int end = stemAndT.length() - t.length();
			if (end >= minStem && stemAndT.endsWith(t)) {
				String verb = verb(prefix + stemAndT.substring(0, end));
				if (verb != null) {
					return verb;
				}
			}
		}
		return null;
	}

	/** The infinitive of a stem if the dictionary knows it: "park" → parken, "verbesser" → verbessern. */
	private String verb(String stem) {
		if (stem.length() < 3) {
			return null;
		}
		if (this.isDictionaryWord.test(stem + "en")) {
			return stem + "en";
		}
		boolean nEnding = stem.endsWith("el") || stem.endsWith("er");
		return (nEnding && this.isDictionaryWord.test(stem + "n")) ? stem + "n" : null;
	}

}
