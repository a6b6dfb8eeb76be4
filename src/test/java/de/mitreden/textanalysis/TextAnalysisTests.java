package de.mitreden.textanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input → terms tables per language, as Lucene's own analyzer tests do, and the language detection. */
class TextAnalysisTests {

	private static final TextAnalysis analysis = TextAnalysis.create();

	@ParameterizedTest(name = "{0}: \"{1}\" → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			de | Mehr Radwege in der Innenstadt      | mehr radweg rad weg innenstadt inn stadt
			de | Die Ampeln sind zu lange rot        | ampel lang rot
			de | Straße und Strasse                  | strass strass
			en | More bike lanes, please!            | bike lane
			en | The traffic lights are too slow     | traffic light slow
			tr | Daha fazla bisiklet yolu lütfen     | faz bisiklet yol
			ar | المزيد من ممرات الدراجات            | مزيد ممر دراج
			ru | Больше велосипедных дорожек         | велосипедн дорожек
			""")
	void termsPerLanguage(String language, String text, String expected) {
		assertThat(analysis.terms(text, language, Set.of())).containsExactly(expected.split(" "));
	}

	@Test
	void aCorpusGetsAnAnalyzerOfItsOwnThatMakesTheSameTerms() {
		var stop = Set.of("Bonn");
		assertThat(analysis.analyzer("de", stop)).isSameAs(analysis.analyzer("de", stop));
		var corpus = analysis.corpusAnalyzer("de", stop);
		assertThat(corpus).isNotSameAs(analysis.analyzer("de", stop)).isNotSameAs(analysis.corpusAnalyzer("de", stop));
		String text = "Das Kopfsteinpflaster in der Bonner Innenstadt";
		assertThat(TextAnalysis.terms(corpus, text)).isEqualTo(analysis.terms(text, "de", stop));
	}

	@Test
	void ukrainianGivesLemmas() {
		assertThat(analysis.terms("Більше велодоріжок", "uk", Set.of())).contains("велодоріжка");
	}

	@Test
	void extraStopwordsAreRemovedAlsoWhenInflected() {
		var stop = Set.of("Wilhelmshaven");
		assertThat(analysis.terms("Wilhelmshaven braucht Radwege", "de", stop)).doesNotContain("wilhelmshav");
		assertThat(analysis.terms("Die Wilhelmshavener Radwege", "de", stop)).containsExactly("radweg", "rad", "weg");
	}

	@Test
	void unsupportedLanguageIsAnalysedAsGerman() {
		assertThat(analysis.terms("Fahrradständer", "fr", Set.of())).contains("fahrrad");
		assertThat(analysis.terms("Fahrradständer", null, Set.of())).contains("fahrrad");
	}

	@Test
	void blankTextHasNoTerms() {
		assertThat(analysis.terms("  ", "de", Set.of())).isEmpty();
		assertThat(analysis.terms("", "ar", Set.of())).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\" (menu {1}) is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Termine bei der Ausländerbehörde dauern zu lange  | ar | de
			More bike lanes, please                            | de | en
			Daha fazla bisiklet yolu lazım                     | de | tr
			المزيد من ممرات الدراجات                           | de | ar
			Більше велодоріжок                                 | ru | uk
			Больше велосипедных дорожек                        | uk | ru
			Bus                                                | de | de
			Bus                                                | en | en
			ok                                                 | de | de
			Hallo                                              | de | de
			12345                                              | tr | tr
			''                                                 | uk | uk
			Die Ampel an der Kreuzung am Bahnhof schaltet für Radfahrer viel zu spät auf Grün, man wartet ewig und viele fahren bei Rot. | en | de
			The traffic lights at the station crossing turn green far too late for cyclists, people wait for ages and many ride on red. | de | en
			Istasyondaki trafik ışıkları bisikletliler için çok geç yeşile dönüyor, insanlar uzun süre bekliyor ve birçoğu kırmızıda geçiyor. | de | tr
			""")
	void detectsTheLanguageAndLeansToTheMenuOnShortText(String text, String menu, String expected) {
		assertThat(analysis.detectLanguage(text, menu)).isEqualTo(expected);
	}

	@Test
	void unsupportedFallbackCountsAsGerman() {
		assertThat(analysis.detectLanguage("", "fr")).isEqualTo("de");
		assertThat(analysis.detectLanguage(null, null)).isEqualTo("de");
	}

	@Test
	void languagesAreTheDialogueLanguages() {
		assertThat(TextAnalysis.LANGUAGES).isEqualTo(List.of("de", "en", "tr", "ar", "uk", "ru"));
	}

}
