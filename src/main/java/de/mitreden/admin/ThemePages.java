package de.mitreden.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.mitreden.answers.AnswerOrigin;
import de.mitreden.answers.AnswerQueries;
import de.mitreden.answers.StaffAnswer;
import de.mitreden.themes.CuratedTheme;
import de.mitreden.themes.ThemeBoard;

import org.springframework.stereotype.Component;

/**
 * What staff see of the themes of one question: per theme its label, top terms, size and share, three
 * representative answers (closest to the centre first), and its split by language and channel; the same
 * for "Sonstiges".
 */
@Component
class ThemePages {

	static final String OTHER_KEY = "other";

	static final String OTHER_LABEL = "Sonstiges";

	static final int QUOTES = 3;

	private final StaffThemes themes;

	private final AnswerQueries answers;

	ThemePages(StaffThemes themes, AnswerQueries answers) {
		this.themes = themes;
		this.answers = answers;
	}

	ThemePage of(DialogueView dialogue, QuestionView question) {
		ThemeBoard board = this.themes.board(dialogue.id(), question.id());
		Map<Long, AnswerOrigin> origins = this.answers.origins(dialogue.id(), question.id())
			.stream()
			.collect(Collectors.toMap(AnswerOrigin::id, Function.identity()));
		long total = origins.size();
		List<String> quoteIds = new ArrayList<>(board.otherIds().stream().limit(QUOTES).toList());
		board.themes().forEach((theme) -> quoteIds.addAll(theme.answerIds().stream().limit(QUOTES).toList()));
		Map<String, StaffAnswer> quotes = this.answers.findAll(quoteIds.stream().map(Long::valueOf).toList())
			.stream()
			.collect(Collectors.toMap((answer) -> Long.toString(answer.id()), Function.identity()));
		long largest = board.themes().stream().mapToLong((theme) -> theme.answerIds().size()).max().orElse(0);
		largest = Math.max(largest, board.otherIds().size());
		List<ThemeCard> cards = new ArrayList<>();
		for (CuratedTheme theme : board.themes()) {
			cards.add(card(theme.key(), theme.label(), theme.answerIds(), total, largest, origins, quotes, theme));
		}
		ThemeCard other = card(OTHER_KEY, OTHER_LABEL, board.otherIds(), total, largest, origins, quotes, null);
		return new ThemePage(cards, other, total, this.themes.lastRun(dialogue.id(), question.id()), board);
	}

	private static ThemeCard card(String key, String label, List<String> ids, long total, long largest,
			Map<Long, AnswerOrigin> origins, Map<String, StaffAnswer> quotes, CuratedTheme theme) {
		List<AnswerOrigin> members = ids.stream().map(Long::valueOf).map(origins::get).filter((o) -> o != null).toList();
		List<StaffAnswer> shown = ids.stream().limit(QUOTES).map(quotes::get).filter((q) -> q != null).toList();
		int bar = (largest == 0) ? 0 : (int) Math.round(100.0 * ids.size() / largest);
		return new ThemeCard(key, label, ids.size(), Percent.of(ids.size(), total), bar, shown,
				split(members, AnswerOrigin::language, Labels::language), split(members, AnswerOrigin::channel, Labels::channel),
				Optional.ofNullable(theme));
	}

	private static List<Split> split(List<AnswerOrigin> members, Function<AnswerOrigin, String> by,
			Function<String, String> label) {
		Map<String, Long> counts = new HashMap<>();
		members.forEach((member) -> counts.merge(by.apply(member), 1L, Long::sum));
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.map((entry) -> new Split(entry.getKey(), label.apply(entry.getKey()), entry.getValue()))
			.toList();
	}

	/**
	 * @param total visible answers of the question
	 * @param run the last computation, if any
	 */
	record ThemePage(List<ThemeCard> cards, ThemeCard other, long total, Optional<ThemeStore.ThemeRun> run,
			ThemeBoard board) {

		/** The label of the theme an answer is in ("Sonstiges" if none). */
		public String labelOf(long answerId) {
			return this.board.themeOf(Long.toString(answerId)).map(CuratedTheme::label).orElse(OTHER_LABEL);
		}

		public String keyOf(long answerId) {
			return this.board.themeOf(Long.toString(answerId)).map(CuratedTheme::key).orElse(OTHER_KEY);
		}

		public boolean computed() {
			return this.run.isPresent();
		}

		/** The themes and "Sonstiges" as a count table for the report, split by language or channel. */
		public CountTable table(boolean byLanguage) {
			CountTable.Builder builder = new CountTable.Builder();
			List<ThemeCard> all = new ArrayList<>(this.cards);
			all.add(this.other);
			for (ThemeCard card : all) {
				builder.row(card.key(), card.label());
				for (Split split : byLanguage ? card.languages() : card.channels()) {
					builder.add(card.key(), split.key(), split.count());
				}
			}
			return byLanguage ? builder.build("nach Sprache", Labels::language, true)
					: builder.build("nach Kanal", Labels::channel, true);
		}

	}

	/**
	 * One theme (or "Sonstiges") on the page.
	 *
	 * @param quotes up to three answers, closest to the theme's centre first
	 * @param theme the curated theme; empty for "Sonstiges"
	 */
	record ThemeCard(String key, String label, int size, String share, int bar, List<StaffAnswer> quotes,
			List<Split> languages, List<Split> channels, Optional<CuratedTheme> theme) {

		public boolean isOther() {
			return this.theme.isEmpty();
		}

		/** Whether a quote is too long to show whole in the list (the page offers the whole text). */
		public boolean isLong(StaffAnswer quote) {
			return Excerpt.isLong(quote.text());
		}

		/** The beginning of a long quote, or the quote itself. */
		public String excerpt(StaffAnswer quote) {
			return Excerpt.of(quote.text());
		}

		public boolean pinned() {
			return this.theme.map(CuratedTheme::pinned).orElse(false);
		}

		public boolean labelByStaff() {
			return this.theme.map(CuratedTheme::labelByStaff).orElse(false);
		}

		public boolean curated() {
			return this.theme.map(CuratedTheme::curated).orElse(false);
		}

		public List<String> topTerms() {
			return this.theme.map(CuratedTheme::topTerms).orElse(List.of());
		}

		public String searchQuery() {
			return this.theme.map(CuratedTheme::searchQuery).orElse(null);
		}

		/** How it came to be, in German. */
		public String origin() {
			return this.theme.map((theme) -> switch (theme.origin()) {
				case COMPUTED -> theme.curated() ? "berechnet, bearbeitet" : "Vorschlag (berechnet)";
				case MERGED -> "zusammengeführt";
				case SPLIT -> "aus einer Teilung";
				case SEARCH -> "aus einer Suche";
				case STAFF -> "von Hand";
			}).orElse("passt zu keinem Thema");
		}

	}

	/** A language or channel with its count. */
	record Split(String key, String label, long count) {
	}

}
