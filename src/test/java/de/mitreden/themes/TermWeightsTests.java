package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.mitreden.textanalysis.TextAnalysis;

/** Which features the answers are compared by. */
class TermWeightsTests {

	private static final TextAnalysis analysis = TextAnalysis.create();

	@Test
	void oneLineAnswersAreComparedByWordsOnly() {
		var corpus = SampleAnswers.germanCorpus(List.of("Radweg zu schmal", "Radweg zu schmal", "Ampel zu lang rot", "Ampel zu lang rot"));
		assertThat(TermWeights.of(corpus, ThemeSettings.defaults()).pairIds.isEmpty()).isTrue();
	}

	@Test
	void longerAnswersAreAlsoComparedByNeighbouringWordPairs() {
		String answer = "Der Radweg an der Hauptstraße ist viel zu schmal, Fußgänger laufen darauf, "
				+ "und abends fehlt die Beleuchtung an der Kreuzung am Bahnhof";
		var corpus = SampleAnswers.germanCorpus(List.of(answer, answer, "Die Ampel am Markt zeigt für Radfahrer viel zu kurz grün, "
				+ "man wartet lange an der Kreuzung und steht dann im Regen am Bahnhof"));
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		assertThat(weights.pairIds.size()).isPositive();
		assertThat(weights.features()).isGreaterThan(keptWords(weights));
	}

	@Test
	void aWordTooRareToMakeAThemeIsLeftOut() {
		// 20 answers and a minimum share of 20 %: a word needs 4 answers, "Poller" has 3, "Ampel" 4
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			texts.add((i < 3) ? "Poller" : (i < 7) ? "Ampel" : "Radweg");
		}
		var corpus = SampleAnswers.germanCorpus(texts);
		var d = ThemeSettings.defaults();
		var settings = new ThemeSettings(d.pairs(), d.pairsMinWords(), d.minDf(), 0.2, d.maxDfShare(), d.idfExponent(),
				d.longAnswerIdfExponent(), d.compoundModifierWeight(), d.gramLength(), d.gramWeight(),
				d.longAnswerGramWeight(), d.dimensions(), d.shortAnswerDimensions(), d.powerIterations(),
				d.shortAnswerPowerIterations(),
				d.restarts(), d.seed(), d.minThemes(), d.maxThemes(), d.answersPerTheme(), d.fullAnswerTerms(),
				d.minThemeShare(), d.otherSimilarity(), d.maxOtherShare(), d.assignSimilarity());
		var weights = TermWeights.of(corpus, settings);
		var ids = corpus.termIds();
		assertThat(weights.kept[ids.get(term("Poller"))]).isEqualTo(-1);
		assertThat(weights.kept[ids.get(term("Ampel"))]).isNotEqualTo(-1);
	}

	@Test
	void idfIsTakenToAPowerSoTheDialoguesSubjectWeighsLessAgainstTellingWords() {
		// "Radweg" in 8 of 10 answers, "Poller" in 2: the ratio of their weights is that of the idfs to the power
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			texts.add((i < 2) ? "Radweg Poller" : (i < 8) ? "Radweg" : "Ampel");
		}
		var corpus = SampleAnswers.germanCorpus(texts);
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		var ids = corpus.termIds();
		int radweg = weights.kept[ids.get(term("Radweg"))];
		int poller = weights.kept[ids.get(term("Poller"))];
		double exponent = ThemeSettings.defaults().idfExponent();
		assertThat(exponent).isGreaterThan(1);
		assertThat(weights.idf[poller]).isCloseTo((float) Math.pow(Math.log(10 / 2.0), exponent), within(1e-5f));
		assertThat(weights.idf[radweg]).isCloseTo((float) Math.pow(Math.log(10 / 8.0), exponent), within(1e-5f));
		assertThat(value(weights, 0, poller) / value(weights, 0, radweg))
			.isCloseTo((float) Math.pow(Math.log(5) / Math.log(1.25), exponent), within(1e-3f));
	}

	@Test
	void longAnswersTakeTheirOwnGentlerPowerOfIdf() {
		String lights = "Die Ampel an der Kreuzung am Markt zeigt Radfahrern morgens viel zu kurz Grün und lange Rot";
		String racks = "Am Bahnhof fehlen sichere Fahrradständer für die vielen Pendler mit teuren Rädern und Anhängern";
		var texts = new java.util.ArrayList<String>();
		for (int i = 0; i < 10; i++) {
			texts.add((i < 2) ? lights : racks);
		}
		var corpus = SampleAnswers.germanCorpus(texts);
		assertThat(TermWeights.meanWords(corpus)).isGreaterThanOrEqualTo(ThemeSettings.defaults().pairsMinWords());
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		double exponent = ThemeSettings.defaults().longAnswerIdfExponent();
		assertThat(exponent).isGreaterThan(1).isLessThan(ThemeSettings.defaults().idfExponent());
		int ampel = weights.kept[corpus.termIds().get(term("Ampel"))];
		assertThat(weights.idf[ampel]).isCloseTo((float) Math.pow(Math.log(10 / 2.0), exponent), within(1e-5f));
	}

	@Test
	void theModifierOfACompoundCountsLessThanItsHead() {
		var corpus = SampleAnswers.germanCorpus(List.of("Fahrradständer", "Fahrradständer", "Fahrrad", "Ständer", "Ampel"));
		// words only: the letter sequences of "Fahrrad" would share its answer's weight
		var weights = TermWeights.of(corpus, ThemeSettings.defaults().withoutLetterSequences());
		var ids = corpus.termIds();
		int fahrrad = weights.kept[ids.get(term("Fahrrad"))];
		int staender = weights.kept[ids.get(term("Ständer"))];
		assertThat(corpus.modifiers[0]).containsExactly(ids.get(term("Fahrrad")));
		// tf 1 for the head, 0.5 for the modifier, both times their idf
		double modifier = value(weights, 0, fahrrad) / weights.idf[fahrrad];
		double head = value(weights, 0, staender) / weights.idf[staender];
		assertThat(modifier / head).isCloseTo(ThemeSettings.defaults().compoundModifierWeight(), within(1e-4));
		// the same word on its own counts fully
		assertThat(value(weights, 2, fahrrad)).isCloseTo(1f, within(1e-5f));
	}

	@Test
	void aPlaceAdjectiveBeforeAStreetWordIsNoFeature() {
		var corpus = SampleAnswers.germanCorpus(List.of("Radweg Godesberger Allee zu schmal", "Ampel an der Godesberger Allee",
				"Godesberger Straße Poller", "Poller am Radweg", "Ampel Allee", "Radfahrer Straße queren",
				"Radfahrer ohne Licht", "Radfahrer auf dem Gehweg"));
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		var ids = corpus.termIds();
		assertThat(weights.kept[ids.get(term("Godesberger"))]).isEqualTo(-1);
		assertThat(weights.kept[ids.get(term("Allee"))]).isNotEqualTo(-1);
		// used before a street word once in three: still a word of the themes
		assertThat(weights.kept[ids.get(term("Radfahrer"))]).isNotEqualTo(-1);
	}

	@Test
	void aMisspeltWordMeetsTheRightOneThroughItsLetterSequences() {
		// the analysis finds nothing in common: "fahradstand" against "fahrradstand", "fahrrad", "stand"
		var corpus = SampleAnswers.germanCorpus(List.of("Fahradständer", "Fahrradständer", "Ampel", "Ampel", "Poller", "Poller"));
		assertThat(corpus.terms[0]).doesNotContain(corpus.terms[1]);
		var withGrams = TermWeights.of(corpus, ThemeSettings.defaults());
		var wordsOnly = TermWeights.of(corpus, ThemeSettings.defaults().withoutLetterSequences());
		assertThat(cosine(wordsOnly, 0, 1)).isZero();
		assertThat(cosine(withGrams, 0, 1)).isGreaterThan(0.5);
		// different words share no letter sequence worth a feature
		assertThat(cosine(withGrams, 0, 2)).isZero();
		assertThat(cosine(withGrams, 2, 4)).isZero();
	}

	@Test
	void aLetterSequenceOfOneWordAloneIsNoFeature() {
		// "Ampel" and "Poller" share no sequence of four letters: each sequence would repeat its word's own feature
		var corpus = SampleAnswers.germanCorpus(List.of("Ampel", "Ampel", "Poller", "Poller"));
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		assertThat(weights.features()).isEqualTo(keptWords(weights)).isEqualTo(2);
	}

	@Test
	void letterSequencesDoNotCountAsWhatAnAnswerSays() {
		// the number of themes follows the words per answer: the letter sequences must not raise it
		var corpus = SampleAnswers.germanCorpus(List.of("Fahradständer kaputt", "Fahrradständer kaputt", "Ampel kaputt",
				"Ampel rot", "Radständer fehlen"));
		var withGrams = TermWeights.of(corpus, ThemeSettings.defaults());
		var wordsOnly = TermWeights.of(corpus, ThemeSettings.defaults().withoutLetterSequences());
		assertThat(withGrams.features()).isGreaterThan(wordsOnly.features());
		for (int d = 0; d < corpus.size(); d++) {
			assertThat(withGrams.wordFeatures(d)).isEqualTo(wordsOnly.index[d].length);
			assertThat(withGrams.index[d]).isSorted();
		}
	}

	@Test
	void aNewAnswerGetsTheLetterSequencesOfItsKnownWords() {
		var corpus = SampleAnswers.germanCorpus(List.of("Fahradständer", "Fahrradständer", "Ampel", "Ampel"));
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		var known = Corpus.analyseKnown(SampleAnswers.germanAnalyzer(), "Fahradständer", corpus.termIds());
		var vector = weights.vectorOf(known[0], known[1], known[2]);
		assertThat(vector.index()).containsExactly(weights.index[0]);
		for (int i = 0; i < vector.value().length; i++) {
			assertThat(vector.value()[i]).isCloseTo(weights.value[0][i], within(1e-6f));
		}
	}

	/** The cosine of two answers' unit vectors (feature ids ascending). */
	private static double cosine(TermWeights weights, int a, int b) {
		double sum = 0;
		int i = 0;
		int j = 0;
		while (i < weights.index[a].length && j < weights.index[b].length) {
			int c = Integer.compare(weights.index[a][i], weights.index[b][j]);
			if (c == 0) {
				sum += weights.value[a][i++] * weights.value[b][j++];
			}
			else if (c < 0) {
				i++;
			}
			else {
				j++;
			}
		}
		return sum;
	}

	private static float value(TermWeights weights, int answer, int feature) {
		for (int i = 0; i < weights.index[answer].length; i++) {
			if (weights.index[answer][i] == feature) {
				return weights.value[answer][i];
			}
		}
		return 0;
	}

	private static String term(String word) {
		return analysis.terms(word, "de", Set.of()).get(0);
	}

	private static int keptWords(TermWeights weights) {
		int words = 0;
		for (int t = 0; t < weights.termCount; t++) {
			words += (weights.kept[t] >= 0) ? 1 : 0;
		}
		return words;
	}

}
