package de.mitreden.answers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
	 * Participants of a dialogue per language and channel, read from their conversation states.
	 * @param questionCount the dialogue's number of questions: a participant who reached the last one
	 * counts as completed
	 */
	public List<ParticipantCount> participation(String dialogue, int questionCount) {
		ParticipationTally tally = new ParticipationTally(dialogue, questionCount);
		this.streaming.query("select state from participant", (ResultSet rs) -> tally.add(StateJson.read(rs.getString(1))));
		return tally.counts();
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

	/** Counts consented participants of one dialogue per language and channel. */
	private static final class ParticipationTally {

		private final String dialogue;

		private final int lastIndex;

		private final Map<List<String>, long[]> counts = new HashMap<>();

		ParticipationTally(String dialogue, int questionCount) {
			this.dialogue = dialogue;
			this.lastIndex = questionCount - 1;
		}

		void add(ConversationState state) {
			if (!this.dialogue.equals(state.dialogueId()) || !state.consented()) {
				return;
			}
			long[] count = this.counts.computeIfAbsent(List.of(String.valueOf(state.language()),
					String.valueOf(state.channel())), (key) -> new long[2]);
			count[0]++;
			if (completed(state)) {
				count[1]++;
			}
		}

		private boolean completed(ConversationState state) {
			return state.phase() == ConversationState.Phase.DONE || state.returnPhase() == ConversationState.Phase.DONE
					|| state.questionIndex() >= this.lastIndex;
		}

		List<ParticipantCount> counts() {
			return this.counts.entrySet()
				.stream()
				.map((entry) -> new ParticipantCount(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()[0],
						entry.getValue()[1]))
				.toList();
		}

	}

}
