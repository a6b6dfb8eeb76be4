package de.mitreden.answers;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The committed state of recently active participants, in front of the database; the only home of
 * a state before consent.
 * <p>
 * Changes made inside a transaction are kept beside the cache, visible only to that transaction, and
 * go into the cache after it commits. A rollback leaves the cache as it was, so it never shows
 * something the database does not hold.
 */
@Component
class StateCache {

	static final int MAX_ENTRIES = 100_000;

	static final Duration EXPIRY = Duration.ofDays(1);

	private final Cache<String, Snapshot> committed = Caffeine.newBuilder()
		.maximumSize(MAX_ENTRIES)
		.expireAfterAccess(EXPIRY)
		.build();

	/** The transaction's own version, else the committed one, else null. */
	Snapshot get(ParticipantKey key) {
		Map<String, Snapshot> pending = pendingOrNull();
		Snapshot own = (pending != null) ? pending.get(key.hash()) : null;
		return (own != null) ? own : this.committed.getIfPresent(key.hash());
	}

	/** Remembers a snapshot for the current transaction; it enters the cache on commit. */
	void put(ParticipantKey key, Snapshot snapshot) {
		pending().put(key.hash(), snapshot);
	}

	long size() {
		this.committed.cleanUp();
		return this.committed.estimatedSize();
	}

	void clear() {
		this.committed.invalidateAll();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Snapshot> pendingOrNull() {
		return (Map<String, Snapshot>) TransactionSynchronizationManager.getResource(this);
	}

	private Map<String, Snapshot> pending() {
		Map<String, Snapshot> pending = pendingOrNull();
		if (pending == null) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				throw new IllegalStateException("Conversation state changes need a transaction");
			}
			pending = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(new Publish(pending));
		}
		return pending;
	}

	/** Moves a transaction's snapshots into the cache once the database holds them. */
	private final class Publish implements TransactionSynchronization {

		private final Map<String, Snapshot> pending;

		Publish(Map<String, Snapshot> pending) {
			this.pending = pending;
		}

		/** A nested REQUIRES_NEW transaction must not see (or publish) the outer one's changes. */
		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(StateCache.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(StateCache.this, this.pending);
		}

		@Override
		public void afterCommit() {
			StateCache.this.committed.putAll(this.pending);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(StateCache.this);
			if (status == STATUS_UNKNOWN) {
				StateCache.this.committed.invalidateAll(this.pending.keySet());
			}
		}

	}

}
