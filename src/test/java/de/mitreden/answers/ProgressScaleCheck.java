package de.mitreden.answers;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.mitreden.dialogue.ConversationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long {@code AnswerQueries.progress} (overview participation, dashboard funnel) takes on 20,000
 * participants and about 100,000 answers, beside the state-only pass it replaced. Not part of {@code verify}
 * (the name does not end in Test); docs/BENCHMARKS.md, section "Staff figures", has the command and result.
 */
@SpringBootTest
class ProgressScaleCheck {

	static final List<String> QUESTIONS = List.of("open-where", "open-not-yet", "how-open", "fields", "age", "lives-works",
			"immigration");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AnswerQueries queries;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws Exception {
		registry.add("mitreden.data-dir", () -> {
			try {
				return Files.createTempDirectory("progress-scale").toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Test
	void measure() {
		Random random = new Random(7);
		List<Object[]> participants = new ArrayList<>();
		List<Object[]> answers = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			int passed = random.nextInt(8);
			ConversationState state = new ConversationState("wilhelmshaven-weltoffen", "de",
					passed == 7 ? ConversationState.Phase.DONE : ConversationState.Phase.QUESTION, Math.min(passed, 6),
					List.of(), "web", true, null);
			participants.add(new Object[] { String.format("%064d", i), 100_000_000L + i, StateJson.write(state),
					LocalDate.now(), LocalDate.now() });
			for (int q = 0; q < passed; q++) {
				for (int k = 0; k < (q < 2 ? 2 : 1); k++) {
					answers.add(new Object[] { "wilhelmshaven-weltoffen", QUESTIONS.get(q), 100_000_000L + i,
							"Eine Antwort mit etwas Text " + i, "de", "web", LocalDate.now() });
				}
			}
		}
		this.jdbc.batchUpdate("insert into participant values (?, ?, ?, ?, ?)", participants);
		this.jdbc.batchUpdate("insert into answer (dialogue_id, question_id, respondent, answer_value, language, channel,"
				+ " answered_on) values (?, ?, ?, ?, ?, ?, ?)", answers);
		System.out.println("answers: " + answers.size());
		long cold = System.nanoTime();
		this.jdbc.query("select state from participant", (java.sql.ResultSet rs) -> {
			StateJson.read(rs.getString(1));
		});
		System.out.printf("cold states only %d ms%n", (System.nanoTime() - cold) / 1_000_000);
		for (int run = 0; run < 5; run++) {
			long start = System.nanoTime();
			List<ProgressCount> counts = this.queries.progress("wilhelmshaven-weltoffen", QUESTIONS);
			long progress = System.nanoTime() - start;
			start = System.nanoTime();
			this.jdbc.query("select state from participant", (java.sql.ResultSet rs) -> {
				StateJson.read(rs.getString(1));
			});
			long statesOnly = System.nanoTime() - start;
			System.out.printf("run %d: progress %d ms (%d groups), states only %d ms%n", run, progress / 1_000_000,
					counts.size(), statesOnly / 1_000_000);
		}
	}

}
