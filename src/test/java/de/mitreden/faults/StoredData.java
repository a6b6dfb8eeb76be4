package de.mitreden.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is in a killed app's H2 file, read directly from the test JVM while no app runs: exactly
 * what a restarted app would find. The connection is closed (and with it the database) before the
 * app is started again.
 */
record StoredData(Map<String, Integer> answerCounts, Set<Long> updateIds, int respondents, int answerRows) {

	static StoredData read(Path dataDir) {
		String url = "jdbc:h2:file:" + dataDir.resolve("mitreden").toAbsolutePath();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			Map<String, Integer> counts = new HashMap<>();
			int rows = 0;
			try (ResultSet rs = statement
				.executeQuery("SELECT answer_value, COUNT(*) FROM answer GROUP BY answer_value")) {
				while (rs.next()) {
					counts.put(rs.getString(1), rs.getInt(2));
					rows += rs.getInt(2);
				}
			}
			return new StoredData(counts, updateIds(statement), count(statement, "SELECT COUNT(*) FROM participant"),
					rows);
		}
		catch (SQLException ex) {
			throw new AssertionError("could not read the killed app's database in " + dataDir, ex);
		}
	}

	/** The Telegram update ids the app took in; empty when the app has no Telegram table yet. */
	private static Set<Long> updateIds(Statement statement) throws SQLException {
		Set<Long> ids = new HashSet<>();
		try (ResultSet rs = statement.executeQuery("SELECT update_id FROM telegram_update")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	private static int count(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** How often this answer text is stored (0 if not at all). */
	int timesStored(String answer) {
		return this.answerCounts.getOrDefault(answer, 0);
	}

}
