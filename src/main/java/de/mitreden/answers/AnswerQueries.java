package de.mitreden.answers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import de.mitreden.dialogue.ConversationState;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only views of the stored answers for the staff admin web: figures per dialogue, pages of answers
 * with filters, and a streaming walk through all visible answers of a dialogue for reports.
 */
@Service
@Transactional(readOnly = true)
public class AnswerQueries {

	/** Rows are fetched in chunks (a cursor on PostgreSQL), so a report never holds all answers. */
	private static final int FETCH_SIZE = 500;

	static final String COLUMNS = "a.id, a.dialogue_id, a.question_id, a.respondent, a.answer_value, a.language,"
			+ " a.channel, a.answered_on, a.hidden, a.hidden_reason, a.hidden_on";

	private final NamedParameterJdbcTemplate jdbc;

	/** An own template, so that its fetch size does not change the shared one. */
	private final JdbcTemplate streaming;

	AnswerQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	public Optional<StaffAnswer> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from answer a where a.id = :id", Map.of("id", id),
				AnswerQueries::staffAnswer).stream().findFirst();
	}

	/** One page of the answers matching the filter, oldest first. */
	public AnswerPage page(AnswerFilter filter, int page, int size) {
		AnswerWhere where = AnswerWhere.of(filter);
		Long total = this.jdbc.queryForObject("select count(*) from answer a where " + where.sql(), where.parameters(),
				Long.class);
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("limit", size);
		parameters.put("offset", (long) page * size);
		List<StaffAnswer> answers = this.jdbc.query("select " + COLUMNS + " from answer a where " + where.sql()
				+ " order by a.id limit :limit offset :offset", parameters, AnswerQueries::staffAnswer);
		return new AnswerPage(answers, (total != null) ? total : 0, page, size);
	}

	/** Visible answers per question, language and channel. */
	public List<AnswerCount> counts(String dialogue) {
		return this.jdbc.query("select question_id, language, channel, count(*) as n from answer"
				+ " where dialogue_id = :dialogue and hidden = false group by question_id, language, channel",
				Map.of("dialogue", dialogue), (rs, row) -> new AnswerCount(rs.getString(1), null, rs.getString(2),
						rs.getString(3), rs.getLong(4)));
	}

	/** Visible answers per value of the given (choice and rating) questions, language and channel. */
	public List<AnswerCount> valueCounts(String dialogue, Collection<String> questions) {
		if (questions.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select question_id, answer_value, language, channel, count(*) as n from answer"
				+ " where dialogue_id = :dialogue and hidden = false and question_id in (:questions)"
				+ " group by question_id, answer_value, language, channel",
				Map.of("dialogue", dialogue, "questions", questions), (rs, row) -> new AnswerCount(rs.getString(1),
						rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
	}

	/**
	 * How far the participants of a dialogue got, per language and channel. Read from their conversation
	 * states and, because {@code /restart} goes back to the first question while the answers stay, from the
	 * last question each one answered (hidden answers too: they were given). Skips are not stored; the
	 * state shows that a skipped question lies behind the participant. Imported contributions have no
	 * participant and are not counted. Streams the participants: memory grows with the number of groups only.
	 * @param questionIds the dialogue's questions in order
	 */
	public List<ProgressCount> progress(String dialogue, List<String> questionIds) {
		ProgressTally tally = new ProgressTally(dialogue, questionIds.size());
		List<Object> arguments = new ArrayList<>(questionIds);
		arguments.add(dialogue);
		this.streaming.query("select p.state, x.passed from participant p left join (select respondent, max("
				+ passedByAnswer(questionIds.size()) + ") as passed from answer where dialogue_id = ? group by respondent)"
				+ " x on x.respondent = p.respondent", (ResultSet rs) -> tally.add(StateJson.read(rs.getString(1)),
						rs.getInt(2)), arguments.toArray());
		return tally.counts();
	}

	/** "case question_id when ? then 1 when ? then 2 … end": answering question k puts k questions behind. */
	private static String passedByAnswer(int questionCount) {
		if (questionCount == 0) {
			return "0";
		}
		StringBuilder sql = new StringBuilder("case question_id");
		for (int number = 1; number <= questionCount; number++) {
			sql.append(" when ? then ").append(number);
		}
		return sql.append(" end").toString();
	}

	/**
	 * Hands every visible answer of a dialogue to {@code consumer}, ordered by question and id, while it is
	 * read from the database: memory use does not grow with the number of answers.
	 */
	public void forEachVisible(String dialogue, Consumer<StaffAnswer> consumer) {
		this.streaming.query("select " + COLUMNS + " from answer a where a.dialogue_id = ? and a.hidden = false"
				+ " order by a.question_id, a.id", (ResultSet rs) -> consumer.accept(staffAnswer(rs, 0)), dialogue);
	}

	/** The visible answers of one question, ordered by id, handed over while they are read. */
	public void forEachVisible(String dialogue, String question, Consumer<StaffAnswer> consumer) {
		this.streaming.query("select " + COLUMNS + " from answer a where a.dialogue_id = ? and a.question_id = ?"
				+ " and a.hidden = false order by a.id", (ResultSet rs) -> consumer.accept(staffAnswer(rs, 0)), dialogue,
				question);
	}

	/** Where each visible answer of a question came from (no texts): for splits by language and channel. */
	public List<AnswerOrigin> origins(String dialogue, String question) {
		return this.streaming.query("select id, language, channel from answer where dialogue_id = ? and question_id = ?"
				+ " and hidden = false order by id", (rs, row) -> new AnswerOrigin(rs.getLong(1), rs.getString(2),
						rs.getString(3)), dialogue, question);
	}

	/** Some answers by id (hidden ones too), in no particular order. */
	public List<StaffAnswer> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select " + COLUMNS + " from answer a where a.id in (:ids)", Map.of("ids", ids),
				AnswerQueries::staffAnswer);
	}

	/**
	 * A fingerprint of the visible answers of a question: it changes when an answer is added, deleted,
	 * hidden or shown (the count and the sum of the ids).
	 */
	public String fingerprint(String dialogue, String question) {
		return this.jdbc.queryForObject("select count(*), coalesce(sum(id), 0) from answer where dialogue_id = :dialogue"
				+ " and question_id = :question and hidden = false", Map.of("dialogue", dialogue, "question", question),
				(rs, row) -> rs.getLong(1) + ":" + rs.getLong(2));
	}

	static StaffAnswer staffAnswer(ResultSet rs, int row) throws SQLException {
		return new StaffAnswer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9), rs.getString(10),
				rs.getObject(11, LocalDate.class));
	}

	/** Counts the consented participants of one dialogue per language, channel and questions passed. */
	private static final class ProgressTally {

		private final String dialogue;

		private final int questionCount;

		private final Map<ProgressCount, long[]> counts = new HashMap<>();

		ProgressTally(String dialogue, int questionCount) {
			this.dialogue = dialogue;
			this.questionCount = questionCount;
		}

		void add(ConversationState state, int passedByAnswer) {
			if (!this.dialogue.equals(state.dialogueId()) || !state.consented()) {
				return;
			}
			int passed = Math.min(this.questionCount, Math.max(passedByState(state), passedByAnswer));
			// the group as key (participants 0); the count is the long[] beside it
			ProgressCount key = new ProgressCount(String.valueOf(state.language()), String.valueOf(state.channel()),
					passed, 0);
			this.counts.computeIfAbsent(key, (group) -> new long[1])[0]++;
		}

		/** During a side trip (language choice, delete question) the participant stays where they were. */
		private int passedByState(ConversationState state) {
			ConversationState.Phase phase = (state.returnPhase() != null) ? state.returnPhase() : state.phase();
			return switch (phase) {
				case DONE -> this.questionCount;
				case AFTER_TEXT -> state.questionIndex() + 1;
				case QUESTION -> state.questionIndex();
				default -> 0;
			};
		}

		List<ProgressCount> counts() {
			return this.counts.entrySet()
				.stream()
				.map((entry) -> new ProgressCount(entry.getKey().language(), entry.getKey().channel(),
						entry.getKey().passed(), entry.getValue()[0]))
				.toList();
		}

	}

}
