package de.mitreden.links;

import java.time.LocalDate;

import de.mitreden.conversation.StepObserver;
import de.mitreden.dialogue.ConversationState;
import de.mitreden.dialogue.Step;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts every dialogue step per dialogue, channel and day, in the step's own transaction: one small
 * insert, and only for steps that count something (most do not write at all). Nothing about the
 * participant is written, only the channel, the day and the numbers.
 */
@Component
class ChannelTally implements StepObserver {

	private final JdbcTemplate jdbc;

	ChannelTally(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void stepTaken(ConversationState before, Step step, LocalDate today) {
		Counts counts = Tally.of(before, step);
		String dialogue = step.state().dialogueId();
		String channel = step.state().channel();
		if (counts.isZero() || dialogue == null || channel == null) {
			return;
		}
		this.jdbc.update(
				"INSERT INTO channel_tally (dialogue_id, channel, counted_on, started, consented, completed, answers) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)",
				dialogue, channel, today, counts.started(), counts.consented(), counts.completed(), counts.answers());
	}

}
