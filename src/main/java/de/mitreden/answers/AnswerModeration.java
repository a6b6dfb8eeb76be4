package de.mitreden.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff hide an answer (an insult, personal data) with a reason, and show it again. A hidden answer is
 * kept but leaves the exports, reports and themes.
 */
@Service
@Transactional
public class AnswerModeration {

	/** The longest reason kept (the column's size). */
	public static final int MAX_REASON_LENGTH = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AnswerModeration(NamedParameterJdbcTemplate jdbc, ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.events = events;
	}

	/** @return false if there is no such answer */
	public boolean hide(long id, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
			throw new IllegalArgumentException("A reason of 1 to " + MAX_REASON_LENGTH + " characters is needed");
		}
		return announced(id, this.jdbc.update("update answer set hidden = true, hidden_reason = :reason,"
				+ " hidden_on = :today where id = :id",
				Map.of("id", id, "reason", reason.strip(), "today", LocalDate.now(this.clock))) == 1);
	}

	/** @return false if there is no such answer */
	public boolean show(long id) {
		return announced(id, this.jdbc.update("update answer set hidden = false, hidden_reason = null, hidden_on = null"
				+ " where id = :id", Map.of("id", id)) == 1);
	}

	/** The search index and the themes follow after the commit. */
	private boolean announced(long id, boolean changed) {
		if (changed) {
			this.events.publishEvent(AnswersChanged.ofAnswers(List.of(id)));
		}
		return changed;
	}

}
