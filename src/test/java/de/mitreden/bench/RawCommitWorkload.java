package de.mitreden.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/**
 * The database's raw limit for the work of one dialogue step, without the engine: one transaction
 * that updates a participant's state row and inserts one answer row, then commits. Same tables,
 * same connection pool, same durability setting as the application.
 */
final class RawCommitWorkload implements Workload {

	private static final String STATE = "{\"dialogueId\":\"wilhelmshaven-weltoffen\",\"language\":\"de\","
			+ "\"phase\":\"QUESTION\",\"questionIndex\":3,\"selections\":[],\"channel\":\"bench\","
			+ "\"consented\":true,\"returnPhase\":null}";

	private static final String ANSWER = "Im Sportverein spielen Kinder aus vielen Ländern zusammen Fußball.";

	private final DataSource dataSource;

	RawCommitWorkload(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Worker newWorker() {
		String key = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
		long respondent = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		insertParticipant(key, respondent);
		return () -> commitOneStep(key, respondent);
	}

	private void insertParticipant(String key, long respondent) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO participant (key_hash, respondent, state, created_on, updated_on) "
								+ "VALUES (?, ?, ?, CURRENT_DATE, CURRENT_DATE)")) {
			insert.setString(1, key);
			insert.setLong(2, respondent);
			insert.setString(3, STATE);
			insert.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not prepare the raw benchmark", ex);
		}
	}

	private void commitOneStep(String key, long respondent) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE participant SET state = ?, updated_on = CURRENT_DATE WHERE key_hash = ?");
					PreparedStatement insert = connection.prepareStatement(
							"INSERT INTO answer (dialogue_id, question_id, respondent, answer_value, language, channel, "
									+ "answered_on) VALUES (?, ?, ?, ?, ?, ?, CURRENT_DATE)")) {
				update.setString(1, STATE);
				update.setString(2, key);
				update.executeUpdate();
				insert.setString(1, "wilhelmshaven-weltoffen");
				insert.setString(2, "open-where");
				insert.setLong(3, respondent);
				insert.setString(4, ANSWER);
				insert.setString(5, "de");
				insert.setString(6, "bench");
				insert.executeUpdate();
			}
			connection.commit();
		}
	}

}
