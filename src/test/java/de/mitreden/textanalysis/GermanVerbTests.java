package de.mitreden.textanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A noun in -ung and a participle meet the verb they come from, which the light stemmer alone does not see. */
class GermanVerbTests {

	private static final TextAnalysis analysis = TextAnalysis.create();

	private static final CompoundSplitter splitter = new CompoundSplitter(CompoundParts.bundled(),
			CompoundParts.dictionary());

	@ParameterizedTest(name = "\"{0}\" meets \"{1}\"")
	@CsvSource(textBlock = """
			Beleuchtung, beleuchtet
			unbeleuchteten, Beleuchtung
			Straßenbeleuchtung, beleuchtet
			Markierung, markiert
			markierte, Markierungen
			geparkte, parken
			Falschparker, geparkt
			zugeparkt, Parkplatz
			ausgeschildert, Schilder
			ausgeschildert, ausschildern
			Ampelschaltung, geschaltet
			gesperrt, Sperrung
			""")
	void wordsOfOneVerbShareATerm(String one, String other) {
		assertThat(analysis.terms(one, "de", Set.of())).containsAnyElementsOf(analysis.terms(other, "de", Set.of()));
	}

	@Test
	void theVerbFollowsASimpleWordAndPrecedesTheHeadOfACompound() {
		assertThat(splitter.partsAndVerbs("beleuchtung")).containsExactly("beleuchten");
		assertThat(splitter.partsAndVerbs("unbeleuchteten")).containsExactly("beleuchten");
		// before the head, so the head stays the last part, the one with full weight in the themes
		assertThat(splitter.partsAndVerbs("verkehrsführung")).containsExactly("verkehr", "führen", "führung");
		assertThat(analysis.terms("Beleuchtung", "de", Set.of())).containsExactly("beleuchtung", "beleucht");
	}

	@Test
	void wordsThatOnlyLookLikeParticiplesGetNoVerb() {
		// ge-…-t, but no verb "bien", "sichen"; "gesamt" is too short a stem after ge- for "samen" to count
		for (String word : List.of("gebiet", "gesicht", "gesamt", "sicherheit", "fahrt", "unfall")) {
			assertThat(splitter.partsAndVerbs(word)).as(word).isEmpty();
		}
	}

	@Test
	void onlyAVerbTheDictionaryKnowsIsTaken() {
		var verbs = new VerbRoots(new PartTrie(Set.of(), Set.of("parken", "verbessern", "markieren", "stellen")));
		assertThat(verbs.of("geparkt")).containsExactly("parken");
		assertThat(verbs.of("verbesserte")).containsExactly("verbessern");
		assertThat(verbs.of("markierungen")).containsExactly("markieren");
		assertThat(verbs.of("beleuchtet")).isEmpty();
		assertThat(verbs.of("parkplatz")).isEmpty();
		// a separable verb: with its prefix only where the dictionary knows it, always without
		assertThat(verbs.of("zugeparkt")).containsExactly("parken");
		assertThat(verbs.of("aufgestellte")).containsExactly("stellen");
	}

	@Test
	void aSeparableVerbGivesTheVerbWithAndWithoutItsPrefix() {
		assertThat(splitter.partsAndVerbs("aufgestellt")).containsExactly("aufstellen", "stellen");
		assertThat(analysis.terms("Die Autos stehen zugeparkt", "de", Set.of())).contains("park");
		assertThat(analysis.terms("ausgeschildert", "de", Set.of())).contains("ausschild", "schild");
	}

	@Test
	void compoundSplittingItselfIsUnchanged() {
		assertThat(splitter.split("beleuchtung")).isEmpty();
		assertThat(splitter.split("verkehrsführung")).containsExactly("verkehr", "führung");
	}

}
