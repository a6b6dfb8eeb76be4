package de.mitreden.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import de.mitreden.answers.AnswersChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application (real H2 and a real index in a fresh data directory) shared by the search tests.
 * Each test writes its answers into a dialogue of its own, so tests do not see each other's answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SearchTestBase {

	static final Path DATA_DIR = Path.of("target", "test-data", "SearchTests-" + UUID.randomUUID()).toAbsolutePath();

	static final LocalDate DAY = LocalDate.of(2025, 3, 14);

	private static final AtomicLong respondents = new AtomicLong(700_000_000L);

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("mitreden.data-dir", DATA_DIR::toString);
	}

	@Autowired
	AnswerIndex index;

	@Autowired
	AnswerSearch search;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	final String dialogue = "d-" + UUID.randomUUID();

	static long newRespondent() {
		return respondents.incrementAndGet();
	}

	/** Stores one answer straight into the table (as storage would) and returns its id; no event. */
	long insert(long respondent, String question, String value, String language, String channel, LocalDate day) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into answer (dialogue_id, question_id, respondent, answer_value, language, channel,"
				+ " answered_on) values (?, ?, ?, ?, ?, ?, ?)")
			.params(this.dialogue, question, respondent, value, language, channel, day)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** A free-text answer to "open-where" by a new respondent, announced and searchable on return. */
	long answer(String text, String language) {
		long respondent = newRespondent();
		long id = insert(respondent, "open-where", text, language, "direct", DAY);
		announce(respondent);
		return id;
	}

	/** What storage does after a commit; waits until the index has taken it. */
	void announce(Long... respondents) {
		this.events.publishEvent(AnswersChanged.ofRespondents(List.of(respondents)));
		awaitIndex();
	}

	void awaitIndex() {
		try {
			this.index.awaitUpdates();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	SearchQuery.Builder inThisDialogue() {
		return SearchQuery.builder().dialogue(this.dialogue);
	}

	List<String> texts(SearchQuery query) {
		return this.search.search(query).hits().stream().map(SearchHit::text).toList();
	}

	List<String> find(String text) {
		return texts(inThisDialogue().text(text).build());
	}

}
