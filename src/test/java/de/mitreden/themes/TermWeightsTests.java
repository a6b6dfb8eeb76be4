package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

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
		var corpus = corpus(List.of("Radweg zu schmal", "Radweg zu schmal", "Ampel zu lang rot", "Ampel zu lang rot"));
		assertThat(TermWeights.of(corpus, ThemeSettings.defaults()).pairIds.isEmpty()).isTrue();
	}

	@Test
	void longerAnswersAreAlsoComparedByNeighbouringWordPairs() {
		String answer = "Der Radweg an der Hauptstraße ist viel zu schmal, Fußgänger laufen darauf, "
				+ "und abends fehlt die Beleuchtung an der Kreuzung am Bahnhof";
		var corpus = corpus(List.of(answer, answer, "Die Ampel am Markt zeigt für Radfahrer viel zu kurz grün, "
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
		var corpus = corpus(texts);
		var d = ThemeSettings.defaults();
		var settings = new ThemeSettings(d.pairs(), d.pairsMinWords(), d.minDf(), 0.2, d.maxDfShare(), d.dimensions(),
				d.restarts(), d.seed(), d.minThemes(), d.maxThemes(), d.answersPerTheme(), d.fullAnswerTerms(),
				d.minThemeShare(), d.otherSimilarity(), d.maxOtherShare(), d.assignSimilarity());
		var weights = TermWeights.of(corpus, settings);
		var ids = corpus.termIds();
		assertThat(weights.kept[ids.get(term("Poller"))]).isEqualTo(-1);
		assertThat(weights.kept[ids.get(term("Ampel"))]).isNotEqualTo(-1);
	}

	private static String term(String word) {
		return analysis.terms(word, "de", Set.of()).get(0);
	}

	private static Corpus corpus(List<String> texts) {
		List<ThemeDocument> documents = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			documents.add(new ThemeDocument("a" + i, texts.get(i), "de"));
		}
		return Corpus.analyse("de", documents, analysis.analyzer("de", Set.of(), Set.of()));
	}

	private static int keptWords(TermWeights weights) {
		int words = 0;
		for (int t = 0; t < weights.termCount; t++) {
			words += (weights.kept[t] >= 0) ? 1 : 0;
		}
		return words;
	}

}
