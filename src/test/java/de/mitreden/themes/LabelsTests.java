package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;


/** How a theme is named. */
class LabelsTests {

	@Test
	void aThemeIsNamedByWhatSetsItApartNotByACommonWordThatCoversMoreOfIt() {
		// half the theme writes "Radfahrer" (on its own, after the sentence), a word a quarter of the dialogue uses;
		// each third of it names its own place ("links", "Kreuzung", "Unterführung"), used nowhere else. Those say
		// what the theme is about; "Radfahrer" alone covers more of it and would win on coverage.
		List<String> texts = new ArrayList<>(List.of("Nach links halten. Radfahrer", "Nach links einordnen. Radfahrer",
				"Spur links endet", "Pfeil links fehlt", "Die Kreuzung queren. Radfahrer", "An der Kreuzung warten. Radfahrer",
				"Kreuzung Mitte blockiert", "Kreuzung Norden unklar", "Die Unterführung ist dunkel. Radfahrer",
				"Die Unterführung ist eng. Radfahrer", "Unterführung Wasser steht", "Unterführung Schmutz liegt"));
		for (int i = 0; i < 40; i++) {
			texts.add((i < 7) ? "Radfahrer am Markt " + i : "Bäume am Rhein " + i);
		}
		var corpus = SampleAnswers.germanCorpus(texts);
		int[] theme = IntStream.range(0, 12).toArray();
		String label = new Labels(corpus).candidates(theme).choose(Set.of()).label();
		assertThat(label).containsAnyOf("Kreuzung", "Unterführung", "links").doesNotContain("Radfahrer");
	}

}
