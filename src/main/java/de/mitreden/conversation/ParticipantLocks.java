package de.mitreden.conversation;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import de.mitreden.answers.ParticipantKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises the steps of one participant (a double tap, two browser tabs): a fixed set of striped,
 * reentrant locks, so memory stays bounded. Two participants rarely share a stripe, and if they do
 * they only wait a few milliseconds for each other.
 */
@Component
class ParticipantLocks {

	static final int STRIPES = 1024;

	/** Far longer than any step; reaching it means something hangs, and the step fails instead. */
	static final Duration MAX_WAIT = Duration.ofSeconds(30);

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	ParticipantLocks() {
		for (int i = 0; i < STRIPES; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	ReentrantLock lock(ParticipantKey key) {
		ReentrantLock lock = this.stripes[Math.floorMod(key.hash().hashCode(), STRIPES)];
		try {
			if (!lock.tryLock(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("Gave up waiting for the previous step of " + key);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the previous step of " + key, ex);
		}
		return lock;
	}

	/** Locks until the current transaction has completed (committed or rolled back). */
	void lockUntilCompletion(ParticipantKey key) {
		ReentrantLock lock = lock(key);
		try {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					lock.unlock();
				}

			});
		}
		catch (RuntimeException ex) {
			lock.unlock();
			throw ex;
		}
	}

}
