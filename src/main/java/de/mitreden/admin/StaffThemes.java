package de.mitreden.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import de.mitreden.answers.AnswerQueries;
import de.mitreden.textanalysis.TextAnalysis;
import de.mitreden.themes.ThemeBoard;
import de.mitreden.themes.ThemeClustering;
import de.mitreden.themes.ThemeCuration;
import de.mitreden.themes.ThemeDocument;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The themes of the free-text questions as staff work with them: computed by the themes module, curated
 * by staff (rename, merge, split, move, pin, a theme from a search), stored by {@link ThemeStore}. Every
 * change of one question's board runs under one lock: load, apply, save, so two staff members or the
 * background computation never overwrite each other's change.
 */
@Service
class StaffThemes {

	private static final Logger log = LoggerFactory.getLogger(StaffThemes.class);

	private final ThemeStore store;

	private final AnswerQueries answers;

	private final ThemeClustering clustering;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private final AtomicLong lastKey = new AtomicLong(-1);

	private final ThemeCuration curation;

	StaffThemes(ThemeStore store, AnswerQueries answers, TextAnalysis analysis, ObjectProvider<Clock> clock) {
		this.store = store;
		this.answers = answers;
		this.clustering = new ThemeClustering(analysis);
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.curation = new ThemeCuration(this.clustering, this::newKey);
	}

	/** The board as stored (empty before the first computation), without hidden answers. */
	ThemeBoard board(String dialogue, String question) {
		return this.store.load(dialogue, question, visibleIds(dialogue, question));
	}

	Optional<ThemeStore.ThemeRun> lastRun(String dialogue, String question) {
		return this.store.run(dialogue, question);
	}

	/**
	 * Computes the themes again: curated themes stay as staff left them, new answers join them where they
	 * fit, the rest become new suggestions.
	 * @param themeCount the number of suggested themes staff asked for, or empty: chosen automatically
	 */
	ThemeBoard recompute(String dialogue, String question, OptionalInt themeCount) {
		return change(dialogue, question, (board) -> {
			long started = System.nanoTime();
			List<ThemeDocument> documents = documents(dialogue, question);
			ThemeBoard result = this.curation.recompute(board, documents, themeCount, this.store.stopwords(dialogue));
			long millis = (System.nanoTime() - started) / 1_000_000;
			this.store.saveRun(dialogue, question, new ThemeStore.ThemeRun(Instant.now(this.clock), documents.size(),
					result.themes().size(), result.otherIds().size(), millis));
			log.info("Themes of {}/{}: {} answers, {} themes, {} in Sonstiges, {} ms", dialogue, question,
					documents.size(), result.themes().size(), result.otherIds().size(), millis);
			return result;
		});
	}

	ThemeBoard rename(String dialogue, String question, String key, String label) {
		return change(dialogue, question, (board) -> this.curation.rename(board, key, label));
	}

	ThemeBoard pin(String dialogue, String question, String key, boolean pinned) {
		return change(dialogue, question, (board) -> this.curation.pin(board, key, pinned));
	}

	ThemeBoard merge(String dialogue, String question, List<String> keys) {
		return change(dialogue, question, (board) -> this.curation.merge(board, keys));
	}

	ThemeBoard split(String dialogue, String question, String key, OptionalInt parts) {
		return change(dialogue, question, (board) -> this.curation.split(board, key, documents(dialogue, question),
				parts, this.store.stopwords(dialogue)));
	}

	/** @param toKey the theme, or null for "Sonstiges" */
	ThemeBoard move(String dialogue, String question, String answerId, String toKey) {
		return change(dialogue, question, (board) -> this.curation.move(board, answerId, toKey));
	}

	ThemeBoard createFromSearch(String dialogue, String question, String label, String query, List<String> answerIds) {
		return change(dialogue, question, (board) -> this.curation.createFromSearch(board, label, query, null, answerIds));
	}

	Set<String> stopwords(String dialogue) {
		return this.store.stopwords(dialogue);
	}

	void saveStopwords(String dialogue, Set<String> words) {
		this.store.saveStopwords(dialogue, words);
	}

	private ThemeBoard change(String dialogue, String question, UnaryOperator<ThemeBoard> step) {
		this.lock.lock();
		try {
			ThemeBoard changed = step.apply(board(dialogue, question));
			this.store.save(dialogue, question, changed);
			return changed;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The visible answers of the question; the language is detected from each text (null). */
	private List<ThemeDocument> documents(String dialogue, String question) {
		List<ThemeDocument> documents = new ArrayList<>();
		this.answers.forEachVisible(dialogue, question,
				(answer) -> documents.add(new ThemeDocument(Long.toString(answer.id()), answer.text(), null)));
		return documents;
	}

	private Set<String> visibleIds(String dialogue, String question) {
		Set<String> ids = new HashSet<>();
		this.answers.origins(dialogue, question).forEach((origin) -> ids.add(Long.toString(origin.id())));
		return ids;
	}

	/** Keys are theme ids: one more than the largest stored (read once, then counted up under the lock). */
	private String newKey() {
		this.lastKey.compareAndSet(-1, this.store.largestId());
		return Long.toString(this.lastKey.incrementAndGet());
	}

}
