package de.mitreden.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives each batch from long polling. The library confirms a batch at Telegram with its next
 * getUpdates, which it sends only after {@link #consume} returns. So this returns only once the
 * whole batch is committed (one transaction) and its replies were sent; if it cannot store the
 * batch it throws instead, which ends polling without confirming anything, and Telegram delivers
 * the batch again to the next process.
 */
final class BatchConsumer implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(BatchConsumer.class);

	private final BatchIntake intake;

	private final UpdateLog updateLog;

	private final TransactionTemplate transactions;

	private final DatabaseRetry databaseRetry;

	private final ReplySender sender;

	private final GroupNotices groupNotices;

	private final Duration sendTimeout;

	private final Runnable stopProcess;

	private final ReentrantLock processing = new ReentrantLock();

	private volatile boolean stopping;

	BatchConsumer(BatchIntake intake, UpdateLog updateLog, TransactionTemplate transactions,
			DatabaseRetry databaseRetry, ReplySender sender, GroupNotices groupNotices, Duration sendTimeout,
			Runnable stopProcess) {
		this.intake = intake;
		this.updateLog = updateLog;
		this.transactions = transactions;
		this.databaseRetry = databaseRetry;
		this.sender = sender;
		this.groupNotices = groupNotices;
		this.sendTimeout = sendTimeout;
		this.stopProcess = stopProcess;
	}

	@Override
	public void consume(List<Update> updates) {
		this.processing.lock();
		try {
			if (this.stopping) {
				throw new PollingStopped("shutting down");
			}
			process(updates);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PollingStopped("interrupted");
		}
		catch (DatabaseRetry.DatabaseGone ex) {
			log.error("Telegram: the database stayed away too long; stopping without confirming the batch, "
					+ "Telegram will deliver it again after a restart");
			this.stopping = true;
			this.stopProcess.run();
			throw new PollingStopped("database unavailable");
		}
		finally {
			this.processing.unlock();
		}
	}

	/**
	 * Lets a running batch finish (up to {@code timeout}) and makes every later call refuse, so that
	 * no batch is confirmed once shutdown has begun.
	 */
	void stopAfterCurrentBatch(Duration timeout) throws InterruptedException {
		this.stopping = true;
		if (this.processing.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.processing.unlock();
		}
	}

	private void process(List<Update> updates) throws InterruptedException {
		List<Delivery> deliveries = takeIn(updates);
		deliveries.stream().filter(Delivery::groupNotice).forEach(d -> this.groupNotices.remember(d.chatId()));
		List<Integer> done = this.sender.deliver(deliveries, this.sendTimeout);
		markSent(done);
	}

	private List<Delivery> takeIn(List<Update> updates) throws InterruptedException {
		try {
			return inTransaction(() -> this.intake.takeIn(updates));
		}
		catch (DatabaseRetry.DatabaseGone ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// Not the database: one update the dialogue cannot handle. Find it, skip only that one.
			return takeInOneByOne(updates);
		}
	}

	private List<Delivery> takeInOneByOne(List<Update> updates) throws InterruptedException {
		List<Delivery> deliveries = new ArrayList<>();
		for (Update update : updates) {
			try {
				deliveries.addAll(inTransaction(() -> this.intake.takeIn(List.of(update))));
			}
			catch (DatabaseRetry.DatabaseGone ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				log.error("Telegram: an update could not be handled ({} at {}); it is skipped",
						ex.getClass().getName(), firstFrame(ex));
				deliveries.add(inTransaction(() -> this.intake.skip(update)));
			}
		}
		return deliveries;
	}

	private <T> T inTransaction(Supplier<T> work) throws InterruptedException {
		return this.databaseRetry.run(() -> this.transactions.execute(status -> work.get()));
	}

	private static String firstFrame(Throwable ex) {
		StackTraceElement[] frames = ex.getStackTrace();
		return (frames.length > 0) ? frames[0].toString() : "?";
	}

	/** Marking is a convenience (it saves resending after a crash): a failure here loses nothing. */
	private void markSent(List<Integer> updateIds) {
		if (updateIds.isEmpty()) {
			return;
		}
		try {
			this.transactions.executeWithoutResult(status -> this.updateLog.markSent(updateIds));
		}
		catch (RuntimeException ex) {
			log.warn("Telegram: could not mark replies as sent ({})", ex.getClass().getSimpleName());
		}
	}

	/** Thrown out of {@link #consume} to end polling without confirming the batch. */
	static final class PollingStopped extends RuntimeException {

		PollingStopped(String reason) {
			super("Telegram polling stopped: " + reason, null, false, false);
		}

	}

}
