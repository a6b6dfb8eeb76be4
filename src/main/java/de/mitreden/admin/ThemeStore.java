package de.mitreden.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.mitreden.themes.CuratedTheme;
import de.mitreden.themes.ThemeBoard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The theme boards of the questions in the tables of V4__themes.sql. A board is written as a whole: the
 * question's rows are replaced in one transaction, theme ids are the boards' keys. The order of a theme's
 * answers (closest to its centre first) is kept in {@code similarity} as a descending rank, because the
 * curated board carries the order, not the cosine values.
 */
@Repository
@Transactional
class ThemeStore {

	private static final String SOURCE_COMPUTED = "COMPUTED";

	private static final String SOURCE_STAFF = "STAFF";

	private final JdbcTemplate jdbc;

	ThemeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The board of a question, its answers narrowed to {@code visible} (hidden and deleted answers leave
	 * their themes at once); "Sonstiges" holds the visible answers in no theme.
	 */
	@Transactional(readOnly = true)
	ThemeBoard load(String dialogue, String question, Set<String> visible) {
		Map<String, Row> rows = new LinkedHashMap<>();
		this.jdbc.query("select id, language, label, label_by_staff, curated, pinned, origin, search_query, top_terms"
				+ " from theme where dialogue_id = ? and question_id = ? order by id", (rs) -> {
					rows.put(Long.toString(rs.getLong(1)), new Row(rs.getString(2), rs.getString(3), rs.getBoolean(4),
							rs.getBoolean(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9)));
				}, dialogue, question);
		Map<String, List<String>> members = new HashMap<>();
		Map<String, Set<String>> staff = new HashMap<>();
		this.jdbc.query("select ta.theme_id, ta.answer_id, ta.source from theme_answer ta join theme t on t.id = ta.theme_id"
				+ " where t.dialogue_id = ? and t.question_id = ? order by ta.theme_id, ta.similarity desc, ta.answer_id",
				(rs) -> {
					String theme = Long.toString(rs.getLong(1));
					String answer = Long.toString(rs.getLong(2));
					if (visible.contains(answer)) {
						members.computeIfAbsent(theme, (key) -> new ArrayList<>()).add(answer);
						if (SOURCE_STAFF.equals(rs.getString(3))) {
							staff.computeIfAbsent(theme, (key) -> new HashSet<>()).add(answer);
						}
					}
				}, dialogue, question);
		Map<String, Set<String>> excluded = new HashMap<>();
		this.jdbc.query("select te.theme_id, te.answer_id from theme_exclusion te join theme t on t.id = te.theme_id"
				+ " where t.dialogue_id = ? and t.question_id = ?", (rs) -> {
					excluded.computeIfAbsent(Long.toString(rs.getLong(1)), (key) -> new HashSet<>())
						.add(Long.toString(rs.getLong(2)));
				}, dialogue, question);
		List<CuratedTheme> themes = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		rows.forEach((key, row) -> {
			List<String> answers = members.getOrDefault(key, List.of());
			placed.addAll(answers);
			themes.add(row.theme(key, answers, staff.getOrDefault(key, Set.of()), excluded.getOrDefault(key, Set.of())));
		});
		List<String> others = visible.stream().filter((id) -> !placed.contains(id)).toList();
		return new ThemeBoard(themes, others);
	}

	/** Replaces the question's themes by the board's. */
	void save(String dialogue, String question, ThemeBoard board) {
		this.jdbc.update("delete from theme where dialogue_id = ? and question_id = ?", dialogue, question);
		Timestamp now = Timestamp.from(Instant.now());
		for (CuratedTheme theme : board.themes()) {
			this.jdbc.update("insert into theme (id, dialogue_id, question_id, language, label, label_by_staff, curated,"
					+ " pinned, origin, search_query, top_terms, created_at, updated_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Long.parseLong(theme.key()), dialogue, question,
					(theme.language() != null) ? theme.language() : "", clip(theme.label(), 300), theme.labelByStaff(),
					theme.curated(), theme.pinned(), theme.origin().name(), clip(theme.searchQuery(), 1000),
					clip(String.join("\n", theme.topTerms()), 2000), now, now);
			insertAnswers(theme);
		}
	}

	/** Answers deleted meanwhile (a participant's /delete) are skipped rather than breaking the write. */
	private void insertAnswers(CuratedTheme theme) {
		long id = Long.parseLong(theme.key());
		int size = theme.answerIds().size();
		List<Object[]> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String answer = theme.answerIds().get(i);
			String source = theme.staffAnswerIds().contains(answer) ? SOURCE_STAFF : SOURCE_COMPUTED;
			members.add(new Object[] { id, Long.parseLong(answer), source, (float) (size - i) / size, Long.parseLong(answer) });
		}
		this.jdbc.batchUpdate("insert into theme_answer (theme_id, answer_id, source, similarity)"
				+ " select ?, ?, ?, ? from answer where id = ?", members);
		List<Object[]> exclusions = theme.excludedIds()
			.stream()
			.map((answer) -> new Object[] { id, Long.parseLong(answer), Long.parseLong(answer) })
			.toList();
		this.jdbc.batchUpdate("insert into theme_exclusion (theme_id, answer_id) select ?, ? from answer where id = ?",
				exclusions);
	}

	void saveRun(String dialogue, String question, ThemeRun run) {
		this.jdbc.update("delete from theme_run where dialogue_id = ? and question_id = ?", dialogue, question);
		this.jdbc.update("insert into theme_run (dialogue_id, question_id, computed_at, answers, themes, others, millis)"
				+ " values (?, ?, ?, ?, ?, ?, ?)", dialogue, question, Timestamp.from(run.computedAt()), run.answers(),
				run.themes(), run.others(), run.millis());
	}

	@Transactional(readOnly = true)
	Optional<ThemeRun> run(String dialogue, String question) {
		return this.jdbc.query("select computed_at, answers, themes, others, millis from theme_run"
				+ " where dialogue_id = ? and question_id = ?", (rs, row) -> new ThemeRun(rs.getTimestamp(1).toInstant(),
						rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)), dialogue, question)
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	Set<String> stopwords(String dialogue) {
		return new HashSet<>(this.jdbc.queryForList("select word from theme_stopword where dialogue_id = ?", String.class,
				dialogue));
	}

	void saveStopwords(String dialogue, Set<String> words) {
		this.jdbc.update("delete from theme_stopword where dialogue_id = ?", dialogue);
		for (String word : words) {
			this.jdbc.update("insert into theme_stopword (dialogue_id, word) values (?, ?)", dialogue, word);
		}
	}

	@Transactional(readOnly = true)
	long largestId() {
		Long largest = this.jdbc.queryForObject("select coalesce(max(id), 0) from theme", Long.class);
		return (largest != null) ? largest : 0;
	}

	private static String clip(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

	/** One stored theme row before its answers are attached. */
	private record Row(String language, String label, boolean labelByStaff, boolean curated, boolean pinned,
			String origin, String searchQuery, String topTerms) {

		CuratedTheme theme(String key, List<String> answers, Set<String> staff, Set<String> excluded) {
			List<String> terms = (this.topTerms == null || this.topTerms.isEmpty()) ? List.of()
					: List.of(this.topTerms.split("\n"));
			return new CuratedTheme(key, this.label, this.language.isEmpty() ? null : this.language, this.labelByStaff,
					this.curated, this.pinned, CuratedTheme.Origin.valueOf(this.origin), this.searchQuery, answers, staff,
					excluded, terms);
		}

	}

	/**
	 * When and how the themes of a question were last computed.
	 *
	 * @param answers the visible answers then
	 * @param others how many of them were in "Sonstiges"
	 */
	record ThemeRun(Instant computedAt, int answers, int themes, int others, long millis) {
	}

}
