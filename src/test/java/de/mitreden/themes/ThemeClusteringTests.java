package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.mitreden.textanalysis.TextAnalysis;

/** The contract of clustering, as Carrot2 tests its algorithms, on answers made here. */
class ThemeClusteringTests {

	private static final TextAnalysis analysis = TextAnalysis.create();

	private final ThemeClustering clustering = new ThemeClustering(analysis);

	@Test
	void noAnswersGiveNoThemes() {
		Themes themes = this.clustering.cluster(ThemeRequest.of(List.of()));
		assertThat(themes.themes()).isEmpty();
		assertThat(themes.otherIds()).isEmpty();
	}

	@Test
	void blankAnswersGiveNoThemesAndNoException() {
		var blank = List.of(doc("1", ""), doc("2", "   "), doc("3", "\n"), doc("4", "und oder"),
				new ThemeDocument("5", null, null));
		Themes themes = this.clustering.cluster(ThemeRequest.of(blank));
		assertThat(themes.themes()).isEmpty();
		assertThat(themes.otherIds()).containsExactlyInAnyOrder("1", "2", "3", "4", "5");
	}

	@Test
	void shuffledAnswersGiveTheSameThemes() {
		List<ThemeDocument> documents = SampleAnswers.german();
		Themes first = this.clustering.cluster(new ThemeRequest(documents, OptionalInt.of(3), Set.of()));
		List<ThemeDocument> shuffled = new ArrayList<>(documents);
		Collections.shuffle(shuffled, new Random(7));
		Themes second = this.clustering.cluster(new ThemeRequest(shuffled, OptionalInt.of(3), Set.of()));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void fewerAnswersGetMoreConsensusRunsUpToACap() {
		assertThat(ThemeClustering.consensusRuns(30)).isEqualTo(ThemeClustering.CONSENSUS_MAX_RUNS);
		assertThat(ThemeClustering.consensusRuns(700)).isEqualTo(30);
		assertThat(ThemeClustering.consensusRuns(1_000)).isEqualTo(21);
		assertThat(ThemeClustering.consensusRuns(ThemeClustering.CONSENSUS_MAX_ANSWERS - 1))
			.isEqualTo(ThemeClustering.CONSENSUS_MIN_RUNS);
	}

	@Test
	void findsTheTopicsPeopleWroteAbout() {
		Themes themes = this.clustering.cluster(new ThemeRequest(SampleAnswers.german(), OptionalInt.of(3), Set.of()));
		assertThat(themes.themes()).hasSize(3);
		for (Theme theme : themes.themes()) {
			assertThat(theme.documentIds()).as(theme.label())
				.allMatch(id -> id.charAt(0) == theme.documentIds().get(0).charAt(0));
			assertThat(theme.representativeIds()).hasSize(3);
			assertThat(theme.documentIds()).startsWith(theme.representativeIds().toArray(String[]::new));
		}
		assertThat(themes.themes()).extracting(Theme::label)
			.allMatch(label -> SampleAnswers.german().stream().anyMatch(d -> d.text().contains(label)),
					"every label is a phrase from the answers");
	}

	@Test
	void answersInOtherLanguagesAreGroupedWithinTheirLanguage() {
		List<ThemeDocument> documents = new ArrayList<>(SampleAnswers.german());
		documents.addAll(SampleAnswers.english());
		Themes themes = this.clustering.cluster(new ThemeRequest(documents, OptionalInt.of(2), Set.of()));
		assertThat(themes.themes()).extracting(Theme::language).contains("de", "en");
		for (Theme theme : themes.themes()) {
			boolean english = theme.language().equals("en");
			assertThat(theme.documentIds()).allMatch(id -> id.startsWith("E") == english);
		}
	}

	@Test
	void dialogueStopwordsNeverNameATheme() {
		Themes themes = this.clustering
			.cluster(new ThemeRequest(SampleAnswers.german(), OptionalInt.of(3), Set.of("Radweg", "Radwege")));
		assertThat(themes.themes()).allSatisfy(theme -> assertThat(theme.topTerms()).doesNotContain("Radweg",
				"Radwege"));
	}

	@Test
	void answersWithoutLanguageAreGroupedByTheLanguageTheyAreWrittenIn() {
		var documents = List.of(new ThemeDocument("t1", "Daha fazla bisiklet yolu lazım", null),
				new ThemeDocument("t2", "Bisiklet yolu çok dar ve tehlikeli", null),
				new ThemeDocument("t3", "Bisiklet yolu yok, lütfen yapın", null),
				new ThemeDocument("a1", "نحتاج إلى المزيد من ممرات الدراجات", null),
				new ThemeDocument("a2", "ممرات الدراجات ضيقة جدا", null),
				new ThemeDocument("a3", "ممرات الدراجات خطيرة في المدينة", null),
				new ThemeDocument("u1", "Більше велодоріжок у місті", null),
				new ThemeDocument("u2", "Велодоріжки дуже вузькі", null),
				new ThemeDocument("u3", "Велодоріжки небезпечні для дітей", null),
				new ThemeDocument("r1", "Больше велосипедных дорожек в городе", null),
				new ThemeDocument("r2", "Велосипедные дорожки очень узкие", null),
				new ThemeDocument("r3", "Велосипедные дорожки опасны для детей", null));
		Themes themes = this.clustering.cluster(new ThemeRequest(documents, OptionalInt.of(1), Set.of()));
		assertThat(themes.themes()).extracting(Theme::language).containsExactlyInAnyOrder("tr", "ar", "uk", "ru");
		for (Theme theme : themes.themes()) {
			assertThat(theme.documentIds()).allMatch(id -> id.charAt(0) == theme.language().charAt(0));
			assertThat(theme.label()).isNotBlank().isNotEqualTo("?");
		}
	}

	private static ThemeDocument doc(String id, String text) {
		return new ThemeDocument(id, text, "de");
	}

}
