package de.mitreden.answers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read access to the stored answers for other modules (the search index, themes): streamed, so that
 * reading 100,000 answers does not hold them all in memory.
 */
@Component
public class StoredAnswers {

	/** Rows are fetched in chunks (a cursor on PostgreSQL). */
	private static final int FETCH_SIZE = 500;

	/** Bound of one IN list; larger sets are read in several queries. */
	private static final int CHUNK = 500;

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * Plain JDBC transactions, apart from JPA: the readers run on background threads and must not be
	 * counted as (or mixed with) the dialogue's transactions.
	 */
	private final TransactionTemplate readOnly;

	StoredAnswers(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Hands every answer to {@code each}, grouped: ordered by respondent, then dialogue, then id. Runs
	 * in one read-only transaction; {@code each} must not keep the rows it is not using.
	 */
	public void forEachByRespondent(Consumer<StoredAnswer> each) {
		this.readOnly.executeWithoutResult((status) -> this.jdbc.query(select() + " order by respondent, dialogue_id, id",
				(ResultSet rs) -> {
					each.accept(row(rs));
				}));
	}

	/** All answers of these respondents, ordered by respondent, dialogue and id. */
	public List<StoredAnswer> ofRespondents(Collection<Long> respondents) {
		List<StoredAnswer> rows = new ArrayList<>();
		for (List<Long> chunk : chunks(respondents)) {
			rows.addAll(this.jdbc.query(select() + " where respondent in (:ids) order by respondent, dialogue_id, id",
					Map.of("ids", chunk), (rs, n) -> row(rs)));
		}
		return rows;
	}

	/** The respondents of these answers (answers that no longer exist are left out). */
	public Set<Long> respondentsOf(Collection<Long> answerIds) {
		Set<Long> respondents = new HashSet<>();
		for (List<Long> chunk : chunks(answerIds)) {
			respondents.addAll(this.jdbc.queryForList("select distinct respondent from answer where id in (:ids)",
					Map.of("ids", chunk), Long.class));
		}
		return respondents;
	}

	public AnswerTotals totals() {
		String sql = "select count(*), coalesce(max(id), 0), coalesce(sum(id), 0),"
				+ " coalesce(sum(case when hidden then id else 0 end), 0) from answer";
		return this.jdbc.getJdbcTemplate()
			.queryForObject(sql, (rs, n) -> new AnswerTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
	}

	private String select() {
		return "select id, dialogue_id, question_id, respondent, answer_value, language, channel, answered_on, hidden"
				+ " from answer";
	}

	private static StoredAnswer row(ResultSet rs) throws SQLException {
		return new StoredAnswer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9));
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

}
