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
		var splitter = new CompoundSplitter(CompoundParts.bundled(), Set.of());
		assertThat(splitter.split("ausländerbehörde")).containsExactly("ausländer", "behörde");
		assertThat(splitter.split("fahrradständer")).containsExactly("fahrrad", "ständer");
		assertThat(splitter.split("sprachkurs")).containsExactly("sprache", "kurs");
		assertThat(splitter.split("verkehrssicherheit")).containsExactly("verkehr", "sicherheit");
		assertThat(splitter.split("kinderbetreuung")).containsExactly("kinder", "betreuung");
	}

	@Test
	void leavesLexicalisedAndUnknownWordsWhole() {
		var splitter = new CompoundSplitter(CompoundParts.bundled(), Set.of());
		assertThat(splitter.split("fahrrad")).isEmpty();
		assertThat(splitter.split("kindergarten")).isEmpty();
		assertThat(splitter.split("beleuchtung")).isEmpty();
		assertThat(splitter.split("wohnung")).isEmpty();
		assertThat(splitter.split("radweg2")).isEmpty();
		assertThat(splitter.split("rad")).isEmpty();
	}

	@Test
	void learnsPartsFromTheCorpus() {
		Set<String> learned = analysis.learnCompoundParts(List.of("Die Führung ist schlecht.",
				"Eine bessere Führung bitte", "Leider nichts", "Leider wieder nichts"));
		assertThat(learned).containsExactly("führung");
		var analyzer = analysis.analyzer("de", Set.of(), learned);
		assertThat(TextAnalysis.terms(analyzer, "Verkehrsführung")).containsExactly("verkehrsfuhrung", "verkehr",
				"fuhrung");
		assertThat(analysis.terms("Verkehrsführung", "de", Set.of())).containsExactly("verkehrsfuhrung");
	}

	@Test
	void learnedPartsAddedToTheBundledTrieSplitAsATrieBuiltWithThem() {
		var bundled = new CompoundSplitter(CompoundParts.bundled(), Set.of());
		Set<String> learned = Set.of("führung", "ständer", "schaltung", "ampel");
		var copied = bundled.withLearned(learned);
		var built = new CompoundSplitter(CompoundParts.bundled(), learned);
		for (String word : List.of("verkehrsführung", "radständer", "ampelschaltung", "ausländerbehörde",
				"fahrradständer", "kindergarten")) {
			assertThat(copied.split(word)).as(word).isEqualTo(built.split(word));
		}
		assertThat(copied.split("verkehrsführung")).containsExactly("verkehr", "führung");
		// the bundled trie the copy was made from has not learned them
		assertThat(bundled.split("verkehrsführung")).isEmpty();
	}

	@Test
	void aLearnedWordIsStillSplitItself() {
		var splitter = new CompoundSplitter(CompoundParts.bundled(), Set.of("fahrradständer"));
		assertThat(splitter.split("fahrradständer")).containsExactly("fahrrad", "ständer");
	}

}
