package de.mitreden.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.mitreden.answers.AnswerTotals;
import de.mitreden.answers.AnswersChanged;
import de.mitreden.answers.StoredAnswer;
import de.mitreden.answers.StoredAnswers;

import org.springframework.context.SmartLifecycle;

/**
 * The Lucene index of all answers and the one thread that writes it.
 * <p>
 * At start (in the background, the application does not wait): open the index in
 * {@code <data-dir>/index/answers}, verify its checksums, and compare its fingerprint with the
 * database's ({@link AnswerTotals}); if it is missing, damaged, of an older layout or out of step,
 * rebuild it from the database, streaming the rows. Searches meanwhile see the last committed
 * content. Afterwards every {@link AnswersChanged} re-reads the named respondents' answers and
 * replaces their documents. Changes are visible to searches at once, and committed every
 * {@code mitreden.search.commit-interval} and on shutdown.
 */
final class AnswerIndex implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AnswerIndex.class);

	private static final long RETRY_MILLIS = 5_000;

	/**
	 * Changes are collected this long before the index thread takes them: under load one database
	 * read, one commit of detected languages and one searcher refresh serve hundreds of steps.
	 */
	private static final long UPDATE_DELAY_MILLIS = 500;

	/** Threads that build documents during a rebuild (language detection is the costly part). */
	static final int BUILD_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

	private final Path path;

	private final StoredAnswers answers;

	private final AnswerDocuments documents;

	private final DetectedLanguages languages;

	private final Analyzer analyzer;

	private final SearchSettings settings;

	private final Set<Long> pendingRespondents = ConcurrentHashMap.newKeySet();

	private final Set<Long> pendingAnswers = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean updateQueued = new AtomicBoolean();

	/** True while the worker applies changes it has taken from the pending sets. */
	private volatile boolean applying;

	private volatile ScheduledExecutorService worker;

	private volatile LiveIndex live;

	private volatile boolean building = true;

	/** Touched by the worker thread only. */
	private boolean uncommitted;

	AnswerIndex(SearchSettings settings, StoredAnswers answers, AnswerDocuments documents, DetectedLanguages languages,
			Analyzer analyzer) {
		this.path = settings.indexDir();
		this.settings = settings;
		this.answers = answers;
		this.documents = documents;
		this.languages = languages;
		this.analyzer = analyzer;
	}

	// ---- lifecycle

	@Override
	public void start() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "answer-index");
			thread.setDaemon(true);
			return thread;
		});
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.worker = executor;
		run(this::openOrRebuild);
		long every = this.settings.search().commitInterval().toMillis();
		executor.scheduleWithFixedDelay(() -> logged(this::commitIfChanged), every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.worker;
		if (executor == null) {
			return;
		}
		try {
			executor.submit(() -> logged(this::close)).get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | RejectedExecutionException ex) {
			log.warn("Search index: not closed cleanly ({}); the next start checks it", ex.toString());
		}
		executor.shutdownNow();
		this.worker = null;
	}

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

	// ---- for searches

	/** Runs {@code search} on the current snapshot; empty before the index was first opened. */
	<T> Optional<T> withSearcher(Function<IndexSearcher, T> search) {
		LiveIndex index = this.live;
		if (index == null) {
			return Optional.empty();
		}
		try {
			IndexSearcher searcher = index.searchers().acquire();
			try {
				return Optional.ofNullable(search.apply(searcher));
			}
			finally {
				index.searchers().release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	IndexStatus status() {
		long count = withSearcher((searcher) -> (long) searcher.getIndexReader().numDocs()).orElse(0L);
		boolean catchingUp = this.applying || !this.pendingAnswers.isEmpty() || !this.pendingRespondents.isEmpty();
		return new IndexStatus(this.building, count, catchingUp);
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	// ---- incremental updates

	/** Called after a commit that changed answers; returns at once, the work is done by the index thread. */
	void changed(AnswersChanged event) {
		this.pendingRespondents.addAll(event.respondents());
		this.pendingAnswers.addAll(event.answerIds());
		queueUpdate(UPDATE_DELAY_MILLIS);
	}

	/** Waits until every change announced so far is searchable (tests and benchmarks). */
	void awaitUpdates() throws InterruptedException, ExecutionException {
		this.worker.submit(() -> logged(this::update)).get();
	}

	/**
	 * Waits at most {@code timeout} until every change announced so far is searchable; false if that takes longer
	 * (the work goes on) or the index is not running.
	 */
	boolean awaitUpdates(Duration timeout) {
		ScheduledExecutorService executor = this.worker;
		if (executor == null) {
			return false;
		}
		try {
			executor.submit(() -> logged(this::update)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return !status().catchingUp();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException | RejectedExecutionException ex) {
			return false;
		}
	}

	private void queueUpdate(long delayMillis) {
		ScheduledExecutorService executor = this.worker;
		if (executor == null || !this.updateQueued.compareAndSet(false, true)) {
			return;
		}
		try {
			executor.schedule(() -> logged(this::update), delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Shutting down: the next start compares the index with the database and repairs it.
			this.updateQueued.set(false);
		}
	}

	private void update() throws IOException {
		this.applying = true;
		try {
			applyPending();
		}
		finally {
			this.applying = false;
		}
	}

	private void applyPending() throws IOException {
		this.updateQueued.set(false);
		LiveIndex index = this.live;
		Set<Long> respondents = take(this.pendingRespondents);
		Set<Long> answerIds = take(this.pendingAnswers);
		if (index == null || (respondents.isEmpty() && answerIds.isEmpty())) {
			return;
		}
		try {
			respondents.addAll(this.answers.respondentsOf(answerIds));
			replace(index, respondents, this.answers.ofRespondents(respondents));
		}
		catch (RuntimeException ex) {
			log.warn("Search index: could not read changed answers ({}); trying again in {} ms", ex.toString(),
					RETRY_MILLIS);
			this.pendingRespondents.addAll(respondents);
			this.pendingAnswers.addAll(answerIds);
			queueUpdate(RETRY_MILLIS);
			return;
		}
		index.searchers().maybeRefreshBlocking();
	}

	private void replace(LiveIndex index, Set<Long> respondents, List<StoredAnswer> rows) throws IOException {
		Map<Long, List<StoredAnswer>> byRespondent = new LinkedHashMap<>();
		rows.forEach((row) -> byRespondent.computeIfAbsent(row.respondent(), (r) -> new ArrayList<>()).add(row));
		DetectedLanguages.Memo known = this.languages.of(rows.stream().map(StoredAnswer::id).toList());
		for (Long respondent : respondents) {
			Term term = new Term(AnswerFields.RESPONDENT, Long.toString(respondent));
			List<StoredAnswer> own = byRespondent.get(respondent);
			if (own == null) {
				index.writer().deleteDocuments(term);
			}
			else {
				index.writer().updateDocuments(term, this.documents.of(own, known));
			}
		}
		this.languages.save(known);
		this.uncommitted = true;
	}

	private static Set<Long> take(Set<Long> pending) {
		Set<Long> taken = new HashSet<>();
		for (Long value : pending) {
			if (pending.remove(value)) {
				taken.add(value);
			}
		}
		return taken;
	}

	// ---- opening, checking, rebuilding

	private void openOrRebuild() throws IOException {
		String reason;
		try {
			reason = openOnDisk();
		}
		catch (LockObtainFailedException ex) {
			log.warn("Search index {} is in use by another process; this one keeps its index in memory", this.path);
			this.live = LiveIndex.open(new ByteBuffersDirectory(), this.analyzer, OpenMode.CREATE);
			reason = "its directory is in use";
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search index {} cannot be used ({}); it is rebuilt from the database", this.path, ex.toString());
			closeLive();
			this.live = freshOnDisk();
			reason = "it was damaged";
		}
		if (reason == null) {
			this.building = false;
			return;
		}
		try {
			rebuild(reason);
		}
		catch (RuntimeException ex) {
			log.error("Search index: rebuilding failed ({}); trying again in {} ms", ex.toString(), RETRY_MILLIS, ex);
			closeLive();
			this.worker.schedule(() -> logged(this::openOrRebuild), RETRY_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	/** An empty index on disk; in memory if even that fails (the database still has every answer). */
	private LiveIndex freshOnDisk() throws IOException {
		try {
			deleteDirectory(this.path);
			return LiveIndex.open(FSDirectory.open(this.path), this.analyzer, OpenMode.CREATE);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search index {} cannot be written ({}); this process keeps its index in memory", this.path,
					ex.toString());
			return LiveIndex.open(new ByteBuffersDirectory(), this.analyzer, OpenMode.CREATE);
		}
	}

	/** Opens the index on disk; returns why it must be rebuilt, or null if it is in step. */
	private String openOnDisk() throws IOException {
		Files.createDirectories(this.path);
		FSDirectory directory = FSDirectory.open(this.path);
		boolean existed = DirectoryReader.indexExists(directory);
		this.live = LiveIndex.open(directory, this.analyzer, OpenMode.CREATE_OR_APPEND);
		AnswerTotals database = this.answers.totals();
		if (!existed) {
			return (database.count() > 0) ? "it did not exist" : null;
		}
		if (!LiveIndex.LAYOUT.equals(this.live.layout())) {
			return "it has an older layout";
		}
		AnswerTotals index = checkedTotals(this.live);
		if (!index.equals(database)) {
			return "it is out of step with the database (index " + index.count() + " answers, database "
					+ database.count() + ")";
		}
		log.info("Search index: {} answers, in step with the database", index.count());
		return null;
	}

	/** Verifies every file's checksum (finds garbage in a segment file), then sums up the documents. */
	private static AnswerTotals checkedTotals(LiveIndex index) throws IOException {
		IndexSearcher searcher = index.searchers().acquire();
		try {
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				leaf.reader().checkIntegrity();
			}
			return IndexTotals.of(searcher.getIndexReader());
		}
		finally {
			index.searchers().release(searcher);
		}
	}

	/**
	 * Replaces the whole content with the database's. Searches keep seeing the old content until the
	 * new one is complete (the searchers are refreshed only at the end).
	 */
	private void rebuild(String reason) throws IOException {
		this.building = true;
		long started = System.nanoTime();
		log.info("Search index: rebuilding from the database because {}", reason);
		LiveIndex index = this.live;
		index.writer().deleteAll();
		DetectedLanguages.Memo known = this.languages.all();
		RespondentGroups groups;
		try (ParallelAdder adder = new ParallelAdder(index.writer(), this.documents, known, BUILD_THREADS)) {
			groups = new RespondentGroups(adder::add);
			this.answers.forEachByRespondent(groups::accept);
			groups.finish();
		}
		int detected = known.newlyDetected();
		this.languages.save(known);
		index.commit();
		index.searchers().maybeRefreshBlocking();
		this.uncommitted = false;
		this.building = false;
		log.info("Search index: rebuilt with {} answers in {} ms ({} languages detected, the others known)",
				groups.count(), (System.nanoTime() - started) / 1_000_000, detected);
	}

	private void commitIfChanged() throws IOException {
		LiveIndex index = this.live;
		if (index != null && this.uncommitted) {
			index.commit();
			this.uncommitted = false;
		}
	}

	private void close() throws IOException {
		update();
		commitIfChanged();
		closeLive();
	}

	private void closeLive() {
		LiveIndex index = this.live;
		this.live = null;
		if (index != null) {
			index.closeQuietly();
		}
	}

	private static void deleteDirectory(Path directory) throws IOException {
		if (Files.notExists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path file : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		Files.createDirectories(directory);
	}

	private void run(IndexTask task) {
		this.worker.execute(() -> logged(task));
	}

	private static void logged(IndexTask task) {
		try {
			task.run();
		}
		catch (IOException | RuntimeException ex) {
			log.error("Search index: {}", ex.toString(), ex);
		}
	}

	@FunctionalInterface
	private interface IndexTask {

		void run() throws IOException;

	}

}
