package de.mitreden.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The languages already detected for answers, kept in the table {@code search_answer_language}:
 * detection costs about a millisecond per text, reading it back a microsecond. A rebuild of the
 * index detects only answers it has never seen.
 */
final class DetectedLanguages {

	private static final int CHUNK = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	/** Plain JDBC transactions on the index thread, apart from the dialogue's JPA ones. */
	DetectedLanguages(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(CHUNK);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/** Every known language, compactly (about 9 bytes per answer): for a rebuild. */
	Memo all() {
		Memo memo = new Memo();
		this.jdbc.getJdbcTemplate()
			.query("select answer_id, language from search_answer_language order by answer_id",
					(java.sql.ResultSet rs) -> {
						memo.load(rs.getLong(1), rs.getString(2));
					});
		return memo;
	}

	/** The known languages of these answers: for an update. Read in ascending id order, as the memo needs. */
	Memo of(Collection<Long> answerIds) {
		Memo memo = new Memo();
		List<Long> ids = answerIds.stream().sorted().distinct().toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.jdbc.query("select answer_id, language from search_answer_language where answer_id in (:ids)"
					+ " order by answer_id", Map.of("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))),
					(java.sql.ResultSet rs) -> {
						memo.load(rs.getLong(1), rs.getString(2));
					});
		}
		return memo;
	}

	/**
	 * Stores what was detected since the memo was read, one commit per chunk (not per row: the disk's
	 * commits belong to the dialogue). Answers deleted meanwhile are skipped.
	 */
	void save(Memo memo) {
		List<Object[]> rows = new ArrayList<>();
		for (Object[] row; (row = memo.detected.poll()) != null;) {
			rows.add(row);
			if (rows.size() == CHUNK) {
				insert(rows);
			}
		}
		insert(rows);
	}

	private void insert(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String sql = "insert into search_answer_language (answer_id, language) values (?, ?)";
		try {
			this.transaction.executeWithoutResult((status) -> this.jdbc.getJdbcTemplate().batchUpdate(sql, rows));
		}
		catch (DataAccessException ex) {
			for (Object[] row : rows) {
				try {
					this.jdbc.getJdbcTemplate().update(sql, row);
				}
				catch (DataAccessException gone) {
					// The answer was deleted (or its language stored) meanwhile: nothing to remember.
				}
			}
		}
		rows.clear();
	}

	/**
	 * Languages by answer id: the loaded ones in sorted arrays (read only after loading, so safe for
	 * the building threads), the new ones in a queue.
	 */
	static final class Memo {

		private long[] ids = new long[64];

		private String[] languages = new String[64];

		private int size;

		private final Queue<Object[]> detected = new ConcurrentLinkedQueue<>();

		/** Ids must come in ascending order. */
		private void load(long id, String language) {
			if (this.size == this.ids.length) {
				this.ids = Arrays.copyOf(this.ids, this.size * 2);
				this.languages = Arrays.copyOf(this.languages, this.size * 2);
			}
			this.ids[this.size] = id;
			this.languages[this.size] = language.intern();
			this.size++;
		}

		String get(long id) {
			int at = Arrays.binarySearch(this.ids, 0, this.size, id);
			return (at >= 0) ? this.languages[at] : null;
		}

		void detected(long id, String language) {
			this.detected.add(new Object[] { id, language });
		}

		int newlyDetected() {
			return this.detected.size();
		}

	}

}
