package de.mitreden.telegram;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes update records older than 2 days: Telegram redelivers an unconfirmed update for 24 hours
 * at most, so older records can no longer prevent a double answer.
 */
final class UpdatePruning {

	private static final Logger log = LoggerFactory.getLogger(UpdatePruning.class);

	static final int KEEP_DAYS = 2;

	private final UpdateLog updateLog;

	private final Clock clock;

	UpdatePruning(UpdateLog updateLog, Clock clock) {
		this.updateLog = updateLog;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	void prune() {
		try {
			int deleted = this.updateLog.pruneBefore(LocalDate.now(this.clock).minusDays(KEEP_DAYS));
			log.debug("Telegram: {} old update records deleted", deleted);
		}
		catch (RuntimeException ex) {
			log.warn("Telegram: old update records not deleted this time ({})", ex.getClass().getSimpleName());
		}
	}

}
