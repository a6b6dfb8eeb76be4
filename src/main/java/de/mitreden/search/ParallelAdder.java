package de.mitreden.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.IndexWriter;

import de.mitreden.answers.StoredAnswer;

/**
 * Builds and adds documents on all cores while the database is read: language detection costs about
 * a millisecond per text, which would make a rebuild of 100,000 answers take minutes on one core.
 * At most a bounded number of respondents wait in memory; the first failure is thrown by
 * {@link #close()}.
 */
final class ParallelAdder implements AutoCloseable {

	private static final int WAITING_PER_THREAD = 64;

	private final IndexWriter writer;

	private final AnswerDocuments documents;

	private final ExecutorService threads;

	private final Semaphore room;

	private final DetectedLanguages.Memo languages;

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	ParallelAdder(IndexWriter writer, AnswerDocuments documents, DetectedLanguages.Memo languages, int threadCount) {
		this.writer = writer;
		this.documents = documents;
		this.languages = languages;
		this.threads = Executors.newFixedThreadPool(threadCount, (task) -> {
			Thread thread = new Thread(task, "answer-index-build");
			thread.setDaemon(true);
			return thread;
		});
		this.room = new Semaphore(threadCount * WAITING_PER_THREAD);
	}

	/** Hands one respondent's answers to a building thread; waits while too many are waiting. */
	void add(List<StoredAnswer> group) {
		throwIfFailed();
		this.room.acquireUninterruptibly();
		this.threads.execute(() -> {
			try {
				this.writer.addDocuments(this.documents.of(group, this.languages));
			}
			catch (IOException ex) {
				this.failure.compareAndSet(null, new UncheckedIOException(ex));
			}
			catch (RuntimeException ex) {
				this.failure.compareAndSet(null, ex);
			}
			finally {
				this.room.release();
			}
		});
	}

	/** Waits until every document is added. */
	@Override
	public void close() {
		this.threads.shutdown();
		try {
			while (!this.threads.awaitTermination(1, TimeUnit.MINUTES)) {
				// A large rebuild on a slow machine: keep waiting.
			}
		}
		catch (InterruptedException ex) {
			this.threads.shutdownNow();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while building the search index", ex);
		}
		throwIfFailed();
	}

	private void throwIfFailed() {
		RuntimeException failed = this.failure.get();
		if (failed != null) {
			throw failed;
		}
	}

}
