package de.mitreden.telegram;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table {@code telegram_update}: which update ids were taken in, the replies they produced and
 * whether those were sent. It holds no chat id and nothing about the person (see V2__telegram.sql).
 */
final class UpdateLog {

	private final JdbcTemplate jdbc;

	UpdateLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Taken> find(int updateId) {
		List<Taken> rows = this.jdbc.query("SELECT replies, sent FROM telegram_update WHERE update_id = ?",
				(rs, row) -> new Taken(rs.getString("replies"), rs.getBoolean("sent")), updateId);
		return rows.stream().findFirst();
	}

	void insert(int updateId, LocalDate receivedOn, String repliesJson) {
		this.jdbc.update("INSERT INTO telegram_update (update_id, received_on, replies, sent) VALUES (?, ?, ?, FALSE)",
				updateId, Date.valueOf(receivedOn), repliesJson);
	}

	void markSent(Collection<Integer> updateIds) {
		List<Object[]> args = updateIds.stream().map(id -> new Object[] { id }).toList();
		this.jdbc.batchUpdate("UPDATE telegram_update SET sent = TRUE WHERE update_id = ?", args);
	}

	int pruneBefore(LocalDate day) {
		return this.jdbc.update("DELETE FROM telegram_update WHERE received_on < ?", Date.valueOf(day));
	}

	/** An update already taken in: its replies (JSON) and whether they went out. */
	record Taken(String repliesJson, boolean sent) {
	}

}
