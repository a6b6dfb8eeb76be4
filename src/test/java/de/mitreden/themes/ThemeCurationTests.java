package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.mitreden.textanalysis.TextAnalysis;

/** Staff decisions survive new answers and a new computation; nothing staff did is silently undone. */
class ThemeCurationTests {

	private static final ThemeClustering clustering = new ThemeClustering(TextAnalysis.create());

	private final AtomicInteger keys = new AtomicInteger();

	private final ThemeCuration curation = new ThemeCuration(clustering, () -> "k" + this.keys.incrementAndGet());

	private List<ThemeDocument> answers;

	private ThemeBoard board;

	@BeforeEach
	void computeFirstThemes() {
		this.answers = new ArrayList<>(SampleAnswers.german());
		this.board = this.curation
			.suggest(clustering.cluster(new ThemeRequest(this.answers, OptionalInt.of(3), Set.of())));
		assertThat(this.board.themes()).hasSize(3).noneMatch(CuratedTheme::curated);
	}

	@Test
	void aRenamedThemeKeepsItsNameAndTakesInNewAnswersThatFit() {
		String office = keyOf("A0");
		this.board = this.curation.rename(this.board, office, "Ausländerbehörde: Termine");
		this.answers.add(new ThemeDocument("N1", "Wann gibt es endlich Termine bei der Ausländerbehörde?", "de"));
		this.answers.add(new ThemeDocument("N2", "Das Schwimmbad braucht längere Öffnungszeiten", "de"));
		ThemeBoard after = recompute();
		CuratedTheme renamed = after.theme(office).orElseThrow();
		assertThat(renamed.label()).isEqualTo("Ausländerbehörde: Termine");
		assertThat(renamed.answerIds()).contains("A0", "N1").doesNotContain("N2");
	}

	@Test
	void aMovedAnswerStaysWhereStaffPutItAndDoesNotGoBack() {
		String office = keyOf("A0");
		String cycling = keyOf("C0");
		this.board = this.curation.move(this.board, "A1", cycling);
		ThemeBoard after = recompute();
		assertThat(after.theme(cycling).orElseThrow().answerIds()).contains("A1");
		assertThat(after.themeOf("A1").orElseThrow().key()).isEqualTo(cycling);
		assertThat(after.theme(office).orElseThrow().excludedIds()).contains("A1");
	}

	@Test
	void mergedThemesStayMergedUnderTheFirstKey() {
		String office = keyOf("A0");
		String language = keyOf("B0");
		this.board = this.curation.merge(this.board, List.of(office, language));
		ThemeBoard after = recompute();
		assertThat(after.theme(language)).isEmpty();
		CuratedTheme merged = after.theme(office).orElseThrow();
		assertThat(merged.origin()).isEqualTo(CuratedTheme.Origin.MERGED);
		assertThat(merged.answerIds()).contains("A0", "A3", "B0", "B3");
	}

	@Test
	void aThemeFromASearchKeepsItsAnswersAndQuery() {
		this.board = this.curation.createFromSearch(this.board, "Kinderbetreuung", "Kinderbetreuung", "de",
				List.of("B2", "B6"));
		String key = this.board.themeOf("B2").orElseThrow().key();
		ThemeBoard after = recompute();
		CuratedTheme searched = after.theme(key).orElseThrow();
		assertThat(searched.answerIds()).contains("B2", "B6");
		assertThat(searched.searchQuery()).isEqualTo("Kinderbetreuung");
		assertThat(after.themes().stream().filter(t -> t != searched)).noneMatch(t -> t.answerIds().contains("B2"));
	}

	@Test
	void aPinnedThemeComesFirstAndStays() {
		String cycling = keyOf("C0");
		this.board = this.curation.pin(this.board, cycling, true);
		ThemeBoard after = recompute();
		assertThat(after.themes().get(0).key()).isEqualTo(cycling);
		assertThat(after.themes().get(0).pinned()).isTrue();
	}

	@Test
	void aSplitThemeBecomesCuratedParts() {
		String cycling = keyOf("C0");
		this.board = this.curation.split(this.board, cycling, this.answers, OptionalInt.of(2), Set.of());
		assertThat(this.board.theme(cycling)).isEmpty();
		assertThat(this.board.themes()).filteredOn(t -> t.origin() == CuratedTheme.Origin.SPLIT)
			.hasSize(2)
			.allMatch(CuratedTheme::curated);
		ThemeBoard after = recompute();
		assertThat(after.themes()).filteredOn(t -> t.origin() == CuratedTheme.Origin.SPLIT).hasSize(2);
	}

	@Test
	void hiddenOrDeletedAnswersLeaveEvenCuratedThemes() {
		String office = keyOf("A0");
		this.board = this.curation.rename(this.board, office, "Behörde");
		this.answers.removeIf(a -> a.id().equals("A0"));
		assertThat(recompute().theme(office).orElseThrow().answerIds()).doesNotContain("A0");
	}

	@Test
	void untouchedSuggestionsKeepTheirKeysWhenTheyContinue() {
		List<String> before = this.board.themes().stream().map(CuratedTheme::key).sorted().toList();
		List<String> after = recompute().themes().stream().map(CuratedTheme::key).sorted().toList();
		assertThat(after).isEqualTo(before);
	}

	private ThemeBoard recompute() {
		return this.curation.recompute(this.board, this.answers, OptionalInt.of(3), Set.of());
	}

	private String keyOf(String answerId) {
		return this.board.themeOf(answerId).orElseThrow().key();
	}

}
