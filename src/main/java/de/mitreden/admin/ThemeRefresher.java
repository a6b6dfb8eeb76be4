package de.mitreden.admin;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.mitreden.answers.AnswerQueries;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the themes again in the background after answers changed (new, deleted, hidden, shown), with a
 * debounce: a question is recomputed once its answers have stayed the same for one interval, so a busy
 * evening does not recompute after every answer. It looks at a cheap fingerprint of each free-text
 * question (count and sum of the visible answers' ids) rather than at events, so nothing is missed after a
 * restart either; the database stays the source of truth.
 */
@Component
class ThemeRefresher {

	private static final Logger log = LoggerFactory.getLogger(ThemeRefresher.class);

	private final StaffDialogues dialogues;

	private final StaffThemes themes;

	private final AnswerQueries answers;

	private final Duration interval;

	/** The fingerprint the stored themes were computed from, per "dialogue/question". */
	private final Map<String, String> computed = new ConcurrentHashMap<>();

	/** The fingerprint seen at the previous look. */
	private final Map<String, String> seen = new ConcurrentHashMap<>();

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "themes-refresh");
		thread.setDaemon(true);
		return thread;
	});

	ThemeRefresher(StaffDialogues dialogues, StaffThemes themes, AnswerQueries answers,
			@Value("${mitreden.themes.refresh-interval:30s}") Duration interval) {
		this.dialogues = dialogues;
		this.themes = themes;
		this.answers = answers;
		this.interval = interval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.executor.scheduleWithFixedDelay(this::lookSafely, this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/** Themes were computed now from the current answers (also by staff, from the page). */
	void computedNow(String dialogue, String question) {
		this.computed.put(dialogue + "/" + question, this.answers.fingerprint(dialogue, question));
	}

	private void lookSafely() {
		try {
			look();
		}
		catch (RuntimeException ex) {
			log.warn("Themes could not be computed in the background: {}", ex.toString());
		}
	}

	void look() {
		for (DialogueView dialogue : this.dialogues.all()) {
			for (QuestionView question : dialogue.textQuestions()) {
				look(dialogue.id(), question.id());
			}
		}
	}

	private void look(String dialogue, String question) {
		String key = dialogue + "/" + question;
		String now = this.answers.fingerprint(dialogue, question);
		String before = this.seen.put(key, now);
		if (!this.computed.containsKey(key) && upToDate(dialogue, question, now)) {
			this.computed.put(key, now);
		}
		if (now.equals(before) && !now.equals(this.computed.get(key)) && !now.startsWith("0:")) {
			this.themes.recompute(dialogue, question, OptionalInt.empty());
			this.computed.put(key, now);
		}
	}

	/** After a restart: the last run counted as many answers as there are now. */
	private boolean upToDate(String dialogue, String question, String fingerprint) {
		long count = Long.parseLong(fingerprint.substring(0, fingerprint.indexOf(':')));
		return this.themes.lastRun(dialogue, question).map((run) -> run.answers() == count).orElse(false);
	}

}
