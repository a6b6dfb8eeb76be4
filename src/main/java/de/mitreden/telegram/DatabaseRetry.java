package de.mitreden.telegram;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Runs a database action again while the database is away (connection lost, lock timeout), with a
 * backoff capped at a few seconds. A batch must not be confirmed at Telegram unless it is stored,
 * and returning from the update consumer confirms it: so the caller waits here, and after
 * {@code outageLimit} it gets {@link DatabaseGone} and stops the process instead.
 */
final class DatabaseRetry {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRetry.class);

	private static final long FIRST_PAUSE_MILLIS = 100;

	private static final long MAX_PAUSE_MILLIS = 5_000;

	private final Duration outageLimit;

	DatabaseRetry(Duration outageLimit) {
		this.outageLimit = outageLimit;
	}

	<T> T run(Supplier<T> action) throws InterruptedException {
		long giveUpAt = System.nanoTime() + this.outageLimit.toNanos();
		long pause = FIRST_PAUSE_MILLIS;
		while (true) {
			try {
				return action.get();
			}
			catch (RuntimeException ex) {
				if (!isDatabaseAway(ex)) {
					throw ex;
				}
				if (System.nanoTime() - giveUpAt > 0) {
					throw new DatabaseGone(ex);
				}
				log.warn("Database not available or busy ({}); trying the same Telegram batch again in {} ms",
						ex.getClass().getSimpleName(), pause);
				Thread.sleep(pause);
				pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
			}
		}
	}

	/** True for failures that go away by themselves: connection lost, pool exhausted, lock timeout. */
	static boolean isDatabaseAway(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
					|| cause instanceof PessimisticLockingFailureException
					|| cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	/** The database stayed away longer than the configured limit. */
	static final class DatabaseGone extends RuntimeException {

		DatabaseGone(Throwable cause) {
			super("Database unavailable for too long", cause);
		}

	}

}
