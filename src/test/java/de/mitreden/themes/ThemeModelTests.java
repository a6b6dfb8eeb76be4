package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.mitreden.textanalysis.TextAnalysis;

/** A new answer goes to the existing theme it is about, or to none. */
class ThemeModelTests {

	private static final ThemeClustering clustering = new ThemeClustering(TextAnalysis.create());

	private static final ThemeModel model = clustering.model(Map.of("office", byPrefix("A"), "language", byPrefix("B"),
			"cycling", byPrefix("C")), Set.of());

	@Test
	void aNewAnswerJoinsTheThemeItIsAbout() {
		assertThat(model.assign(new ThemeDocument("n1", "Ich bekomme keine Termine bei der Ausländerbehörde", "de")))
			.contains("office");
		assertThat(model.assign(new ThemeDocument("n2", "Sprachkurse am Wochenende wären gut", "de")))
			.contains("language");
		assertThat(model.assign(new ThemeDocument("n3", "Am Bahnhof fehlen Fahrradständer", null))).contains("cycling");
	}

	@Test
	void anAnswerAboutSomethingElseJoinsNoTheme() {
		assertThat(model.assign(new ThemeDocument("n4", "Das Schwimmbad braucht längere Öffnungszeiten", "de"))).isEmpty();
		assertThat(model.assign(new ThemeDocument("n5", "", "de"))).isEmpty();
	}

	@Test
	void anAnswerInALanguageNoThemeHasJoinsNoTheme() {
		assertThat(model.assign(new ThemeDocument("n6", "Більше велодоріжок", "uk"))).isEmpty();
	}

	@Test
	void assigningOneAnswerTakesLessThanFiveMilliseconds() {
		var answer = new ThemeDocument("n7", "Termine bei der Ausländerbehörde gibt es kaum", "de");
		for (int i = 0; i < 200; i++) {
			model.assign(answer);
		}
		long start = System.nanoTime();
		for (int i = 0; i < 100; i++) {
			model.assign(answer);
		}
		assertThat((System.nanoTime() - start) / 100 / 1_000_000.0).isLessThan(5.0);
	}

	@Test
	void knowsItsThemes() {
		assertThat(model.themeKeys()).containsExactlyInAnyOrder("office", "language", "cycling");
	}

	static List<ThemeDocument> byPrefix(String prefix) {
		return SampleAnswers.german().stream().filter(d -> d.id().startsWith(prefix)).toList();
	}

}
