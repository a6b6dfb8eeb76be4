package de.mitreden.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the anonymous counts: per link (channel), per day, per dialogue. Exact numbers, for staff
 * pages; pages for anyone else show numbers below {@link #SMALL_GROUP} as "fewer than 5".
 */
@Service
public class ChannelCounts {

	/** Counts below this are never shown outside staff pages, so nobody can be singled out. */
	public static final int SMALL_GROUP = 5;

	private static final String SUMS = "COALESCE(SUM(started), 0) AS started, COALESCE(SUM(consented), 0) AS consented, "
			+ "COALESCE(SUM(completed), 0) AS completed, COALESCE(SUM(answers), 0) AS answers";

	private final JdbcClient jdbc;

	ChannelCounts(JdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
	}

	/** All counts of one channel (a link code, "direct" or "web"). */
	public Counts ofChannel(String channel) {
		return this.jdbc.sql("SELECT " + SUMS + " FROM channel_tally WHERE channel = ?")
			.param(channel)
			.query(ChannelCounts::counts)
			.single();
	}

	/** All counts of one dialogue, every channel together. */
	public Counts ofDialogue(String dialogueId) {
		return this.jdbc.sql("SELECT " + SUMS + " FROM channel_tally WHERE dialogue_id = ?")
			.param(dialogueId)
			.query(ChannelCounts::counts)
			.single();
	}

	/** The counts of one channel per day, oldest day first; days without counts are left out. */
	public Map<LocalDate, Counts> byDay(String channel) {
		Map<LocalDate, Counts> days = new LinkedHashMap<>();
		this.jdbc.sql("SELECT counted_on, " + SUMS + " FROM channel_tally WHERE channel = ? GROUP BY counted_on "
				+ "ORDER BY counted_on")
			.param(channel)
			.query((row) -> {
				days.put(row.getObject("counted_on", LocalDate.class), counts(row, 0));
			});
		return days;
	}

	/** The counts of one dialogue per channel, for the dashboard. */
	public Map<String, Counts> byChannel(String dialogueId) {
		Map<String, Counts> channels = new LinkedHashMap<>();
		this.jdbc.sql("SELECT channel, " + SUMS + " FROM channel_tally WHERE dialogue_id = ? GROUP BY channel "
				+ "ORDER BY channel")
			.param(dialogueId)
			.query((row) -> {
				channels.put(row.getString("channel"), counts(row, 0));
			});
		return channels;
	}

	/** The counts of one dialogue per day, for the dashboard's participation over time. */
	public Map<LocalDate, Counts> byDayOfDialogue(String dialogueId) {
		Map<LocalDate, Counts> days = new LinkedHashMap<>();
		this.jdbc.sql("SELECT counted_on, " + SUMS + " FROM channel_tally WHERE dialogue_id = ? "
				+ "GROUP BY counted_on ORDER BY counted_on")
			.param(dialogueId)
			.query((row) -> {
				days.put(row.getObject("counted_on", LocalDate.class), counts(row, 0));
			});
		return days;
	}

	/** The counts of all channels at once (one query for a list of links). */
	public Map<String, Counts> allChannels() {
		Map<String, Counts> channels = new LinkedHashMap<>();
		this.jdbc.sql("SELECT channel, " + SUMS + " FROM channel_tally GROUP BY channel").query((row) -> {
			channels.put(row.getString("channel"), counts(row, 0));
		});
		return channels;
	}


	private static Counts counts(ResultSet row, int number) throws SQLException {
		return new Counts(row.getLong("started"), row.getLong("consented"), row.getLong("completed"),
				row.getLong("answers"));
	}

}
