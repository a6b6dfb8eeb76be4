package de.mitreden.textanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German compounds meet their parts: the rule of issue 4 ("Fahrradständer" meets "Fahrrad" and "Ständer"). */
class GermanCompoundTests {

	private static final TextAnalysis analysis = TextAnalysis.create();

	/** As the analyzers split: the bundled parts and the dictionary. */
	private static final CompoundSplitter splitter = new CompoundSplitter(CompoundParts.bundled(),
			CompoundParts.dictionary());

	@ParameterizedTest(name = "\"{0}\" meets \"{1}\"")
	@CsvSource(textBlock = """
			Fahrradständer, Fahrrad
			Fahrradständer, Ständer
			Ausländerbehörde, Behörde
			Ausländerbehörde, Ausländer
			Sprachkurs, Kurs
			Sprachkurs, Sprache
			Sprachkurse, Kurse
			Ausländerbehörden, Behörden
			Radwegen, Weg
			Verkehrsschilder, Schild
			Kitaplätze, Kita
			Haltestellen, Stelle
			Ampelschaltung, Ampel
			""")
	void compoundMeetsItsPart(String compound, String part) {
		List<String> compoundTerms = analysis.terms(compound, "de", Set.of());
		List<String> partTerms = analysis.terms(part, "de", Set.of());
		assertThat(partTerms).hasSize(1);
		assertThat(compoundTerms).contains(partTerms.get(0));
	}

	@Test
	void keepsTheWholeWordFirstAndAddsThePartsAtTheSamePosition() {
		assertThat(analysis.terms("Fahrradständer", "de", Set.of())).containsExactly("fahrradstand", "fahrrad",
				"stand");
	}

	@Test
	void splitsIntoTheFewestLongestParts() {
		// the bundled parts alone: with the dictionary "sprach" is a word too (and stems as "sprache" does)
		var bundledOnly = new CompoundSplitter(CompoundParts.bundled(), Set.of());
		assertThat(bundledOnly.split("ausländerbehörde")).containsExactly("ausländer", "behörde");
		assertThat(bundledOnly.split("fahrradständer")).containsExactly("fahrrad", "ständer");
		assertThat(bundledOnly.split("sprachkurs")).containsExactly("sprache", "kurs");
		assertThat(bundledOnly.split("verkehrssicherheit")).containsExactly("verkehr", "sicherheit");
		assertThat(bundledOnly.split("kinderbetreuung")).containsExactly("kinder", "betreuung");
	}

	@Test
	void leavesLexicalisedAndUnknownWordsWhole() {
		assertThat(splitter.split("fahrrad")).isEmpty();
		assertThat(splitter.split("kindergarten")).isEmpty();
		assertThat(splitter.split("beleuchtung")).isEmpty();
		assertThat(splitter.split("wohnung")).isEmpty();
		assertThat(splitter.split("radweg2")).isEmpty();
		assertThat(splitter.split("rad")).isEmpty();
	}

	@Test
	void splitsCompoundsOfDictionaryWords() {
		// none of the parts is bundled: the dictionary knows them
		assertThat(analysis.terms("Kopfsteinpflaster", "de", Set.of())).containsExactly("kopfsteinpflast", "kopf",
				"stein", "pflast");
		assertThat(analysis.terms("Pflaster", "de", Set.of())).containsExactly("pflast");
		var bundledOnly = new CompoundSplitter(CompoundParts.bundled(), Set.of());
		assertThat(bundledOnly.split("kopfsteinpflaster")).isEmpty();
		assertThat(splitter.split("kopfsteinpflaster")).containsExactly("kopf", "stein", "pflaster");
		assertThat(splitter.split("verkehrsführung")).containsExactly("verkehr", "führung");
		// short words of the dictionary ("zu", "weg") are no parts of their own
		assertThat(splitter.split("zustand")).isEmpty();
	}

	@Test
	void theDictionaryHoldsLowerCaseWordsOfFourLettersOrMoreAndNoStopWords() {
		Set<String> parts = CompoundParts.dictionary();
		assertThat(parts).hasSizeGreaterThan(50_000).contains("pflaster", "führung", "behörde", "gitter");
		assertThat(parts).allMatch(word -> word.length() >= CompoundParts.MIN_DICTIONARY_LENGTH
				&& word.equals(word.toLowerCase(java.util.Locale.ROOT)));
		assertThat(parts).doesNotContain("aber", "dass", "sehr");
	}

	@Test
	void aDictionaryWordIsStillSplitItself() {
		var splitter = new CompoundSplitter(CompoundParts.bundled(), Set.of("fahrradständer"));
		assertThat(splitter.split("fahrradständer")).containsExactly("fahrrad", "ständer");
	}

}
