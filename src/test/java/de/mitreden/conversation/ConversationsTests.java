package de.mitreden.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.mitreden.answers.ParticipantKeys;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.Input;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules of storing a conversation, against the real H2 database: nothing before consent, one
 * answer per question for choices, everything gone after /delete, one step at a time per
 * participant, and all or nothing inside a caller's transaction. The engine is a scripted stand-in
 * ({@link ScriptedEngine}) so each test drives exactly the answer changes it checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ConversationsTests {

	static final Path DATA_DIR = TestDataDir.fresh(ConversationsTests.class);

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("mitreden.data-dir", DATA_DIR::toString);
	}

	@MockitoBean
	DialogueEngine engine;

	@Autowired
	Conversations conversations;

	@Autowired
	ParticipantKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void scriptTheEngine() {
		when(this.engine.handle(any(), any(), any()))
			.thenAnswer((call) -> ScriptedEngine.step(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
	}

	@Test
	void nothingIsStoredBeforeConsentButTheConversationGoesOn() {
		Citizen citizen = newCitizen();
		citizen.start();
		citizen.send(new Input.Command("language", "en"));

		assertThat(respondentOf(citizen)).isNull();
		assertThat(citizen.resume()).isEqualTo("WELCOME 0 en web consented=false");
	}

	@Test
	void consentCreatesTheParticipantWithARandomRespondentNumber() {
		Citizen citizen = newCitizen();
		citizen.start();
		citizen.press("consent");

		assertThat(respondentOf(citizen)).isBetween(100_000_000L, 999_999_999L);
	}

	@Test
	void eachAnswerIsStoredWithLanguageChannelAndDay() {
		Citizen citizen = newCitizen();
		// A multiplier code counts only while a link with it exists (links module).
		de.mitreden.links.TestLinks.ensure(this.jdbc, "verein42");
		citizen.send(new Input.Command("start", "verein42"));
		citizen.press("consent");
		citizen.write("Im Sportverein");

		Map<String, Object> row = this.jdbc
			.sql("select question_id, answer_value, language, channel, answered_on from answer where answer_value = ?")
			.param("Im Sportverein")
			.query()
			.singleRow();
		assertThat(row).containsEntry("QUESTION_ID", "q0")
			.containsEntry("LANGUAGE", "de")
			.containsEntry("CHANNEL", "verein42")
			.containsEntry("ANSWERED_ON", java.sql.Date.valueOf(LocalDate.now()));
	}

	@Test
	void aDoubleTapOnAChoiceKeepsOneAnswerForTheQuestion() {
		Citizen citizen = consentedCitizen();
		citizen.press("choice:3");
		citizen.press("choice:4");
		citizen.press("choice:4");

		assertThat(answersOf(citizen, "rating")).containsExactly("4");
	}

	@Test
	void aNewMultipleChoiceReplacesAllEarlierOptions() {
		Citizen citizen = consentedCitizen();
		citizen.press("choice:work,school,housing");
		citizen.press("choice:work,meeting");

		assertThat(answersOf(citizen, "rating")).containsExactlyInAnyOrder("work", "meeting");
	}

	@Test
	void deleteEverythingRemovesTheParticipantAndAllTheirAnswers() {
		Citizen citizen = consentedCitizen();
		citizen.write("Eins");
		citizen.write("Zwei");
		citizen.press("choice:5");
		long respondent = respondentOf(citizen);

		citizen.command("delete");

		assertThat(respondentOf(citizen)).isNull();
		assertThat(this.jdbc.sql("select count(*) from answer where respondent = ?").param(respondent).query(Long.class)
			.single()).isZero();
		assertThat(citizen.resume()).isEqualTo("NEW 0 null web consented=false");
	}

	@Test
	void aParticipantWhoConsentsAgainAfterDeletingGetsANewRespondentNumber() {
		Citizen citizen = consentedCitizen();
		long first = respondentOf(citizen);
		citizen.command("delete");
		citizen.start();
		citizen.press("consent");

		assertThat(respondentOf(citizen)).isNotEqualTo(first);
	}

	@Test
	void stepsOfOneParticipantFromEightThreadsRunOneAfterTheOther() throws Exception {
		Citizen citizen = consentedCitizen();
		int threads = 8;
		int stepsPerThread = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Callable<Void>> writers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			writers.add(() -> {
				for (int i = 0; i < stepsPerThread; i++) {
					citizen.write("Gedanke");
				}
				return null;
			});
		}
		for (Future<Void> done : pool.invokeAll(writers)) {
			done.get();
		}
		pool.shutdown();

		int steps = threads * stepsPerThread;
		assertThat(citizen.resume()).startsWith("QUESTION " + steps + " ");
		List<String> questions = this.jdbc.sql("select question_id from answer where respondent = ?")
			.param(respondentOf(citizen))
			.query(String.class)
			.list();
		assertThat(questions).hasSize(steps).doesNotHaveDuplicates();
	}

	@Test
	void stepsInsideACallersTransactionSeeEachOther() {
		Citizen citizen = consentedCitizen();
		String last = this.transactions.execute((status) -> {
			citizen.write("Eins");
			return citizen.write("Zwei");
		});

		assertThat(last).startsWith("QUESTION 2 ");
		assertThat(answersOf(citizen, "q0")).containsExactly("Eins");
		assertThat(answersOf(citizen, "q1")).containsExactly("Zwei");
	}

	@Test
	void aRolledBackCallersTransactionStoresNothingAndLeavesTheStateAsItWas() {
		Citizen citizen = consentedCitizen();
		citizen.write("Eins");
		Citizen newcomer = newCitizen();
		long answersBefore = answerRows();

		this.transactions.executeWithoutResult((status) -> {
			citizen.write("Zwei");
			citizen.command("delete");
			newcomer.start();
			newcomer.press("consent");
			newcomer.write("Hallo");
			status.setRollbackOnly();
		});

		assertThat(answerRows()).isEqualTo(answersBefore);
		assertThat(answersOf(citizen, "q0")).containsExactly("Eins");
		assertThat(citizen.resume()).startsWith("QUESTION 1 de web consented=true");
		assertThat(newcomer.resume()).isEqualTo("NEW 0 null web consented=false");
	}

	@Test
	void aFailingStepStoresNothingOfIt() {
		Citizen citizen = consentedCitizen();
		citizen.write("Eins");
		String tooLong = "x".repeat(4001);

		assertThatException().isThrownBy(() -> citizen.write(tooLong));

		assertThat(citizen.resume()).startsWith("QUESTION 1 ");
		assertThat(answersOf(citizen, "q1")).isEmpty();
	}

	@Test
	void anAnswerOfAKnownParticipantCostsTwoStatementsAndNoRead() {
		Citizen citizen = consentedCitizen();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		citizen.write("Eins");

		assertThat(statistics.getPrepareStatementCount()).as("update state, insert answer").isEqualTo(2);
		assertThat(statistics.getEntityLoadCount()).isZero();
		assertThat(statistics.getTransactionCount()).isOne();
	}

	@Test
	void aStepThatChangesNothingWritesNothing() {
		Citizen citizen = consentedCitizen();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		citizen.resume();

		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

	private Citizen newCitizen() {
		return Citizen.onWeb(this.conversations, UUID.randomUUID().toString());
	}

	private Citizen consentedCitizen() {
		Citizen citizen = newCitizen();
		citizen.start();
		citizen.press("consent");
		return citizen;
	}

	private long answerRows() {
		return this.jdbc.sql("select count(*) from answer").query(Long.class).single();
	}

	private Long respondentOf(Citizen citizen) {
		String key = this.keys.keyOf(citizen.ref().transport().keyPrefix(), citizen.ref().externalId()).hash();
		return this.jdbc.sql("select respondent from participant where key_hash = ?")
			.param(key)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private List<String> answersOf(Citizen citizen, String question) {
		return this.jdbc.sql("select answer_value from answer where respondent = ? and question_id = ?")
			.params(respondentOf(citizen), question)
			.query(String.class)
			.list();
	}

}
