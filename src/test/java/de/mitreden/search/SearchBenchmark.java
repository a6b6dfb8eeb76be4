package de.mitreden.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import de.mitreden.MitredenApplication;

/**
 * The search benchmark: fills a fresh database with answers, times the rebuild of the index from it,
 * then times searches. The texts are the Bonn cycling dialogue (title = a short answer, title + text
 * = a long one) with varied wording, replicated; each respondent also gives a rating and a field of
 * action, as in the bundled dialogue.
 * <p>
 * Run from the repository root:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=de.mitreden.search.SearchBenchmark}
 * (optional {@code -Dbench.args="--answers 100000"}).
 */
public final class SearchBenchmark {

	private static final Path BONN = Path.of("..", "shared", "data", "cycling-dialogues", "bonn.csv");

	private static final String DIALOGUE = "bench";

	private static final List<String> FIELDS = List.of("management", "opening", "fair-access", "work", "engagement",
			"togetherness", "communication");

	private static final List<String> VARIATIONS = List.of("", "Bitte dringend ändern. ", "Das ist mir wichtig. ",
			"Seit Jahren ein Problem. ", "Danke fürs Zuhören. ", "Wie schon gesagt: ");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int answers = (args.length == 2 && args[0].equals("--answers")) ? Integer.parseInt(args[1]) : 100_000;
		List<String[]> bonn = bonn();
		Path dataDir = Files.createTempDirectory("mitreden-search-bench");
		try (ConfigurableApplicationContext context = start(dataDir)) {
			long inserted = fill(context.getBean(JdbcTemplate.class), bonn, answers);
			AnswerIndex index = context.getBean(AnswerIndex.class);
			index.awaitUpdates();
			System.out.printf(Locale.ROOT, "%d answer rows (%d free texts), %d build threads%n", inserted, inserted / 2,
					AnswerIndex.BUILD_THREADS);
			System.out.printf(Locale.ROOT, "Rebuild, every language detected: %.1f s%n", rebuild(index, dataDir));
			System.out.printf(Locale.ROOT, "Rebuild, languages known (index deleted): %.1f s%n", rebuild(index, dataDir));
			measureSearches(context.getBean(AnswerSearch.class));
		}
		finally {
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	/** Deletes the index and times the rebuild at the next start. */
	private static double rebuild(AnswerIndex index, Path dataDir) throws Exception {
		index.stop();
		FileSystemUtils.deleteRecursively(dataDir.resolve("index"));
		long started = System.nanoTime();
		index.start();
		index.awaitUpdates();
		return (System.nanoTime() - started) / 1e9;
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(MitredenApplication.class).web(WebApplicationType.NONE)
			.run("--mitreden.data-dir=" + dataDir, "--mitreden.telegram.bot-token=", "--logging.level.root=WARN",
					"--logging.level.de.mitreden.search=INFO", "--spring.main.banner-mode=off",
					"--mitreden.admin.password=bench-only-password");
	}

	/** Per respondent: a short text, a long text, a rating, a field of action. */
	private static long fill(JdbcTemplate jdbc, List<String[]> bonn, int answers) {
		Random random = new Random(42);
		List<Object[]> batch = new ArrayList<>();
		long rows = 0;
		for (int respondent = 0; rows < answers; respondent++) {
			String[] contribution = bonn.get(respondent % bonn.size());
			String variation = VARIATIONS.get(random.nextInt(VARIATIONS.size()));
			LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(120));
			long number = 100_000_000L + respondent;
			batch.add(row(number, "open-where", variation + contribution[0], day));
			batch.add(row(number, "open-not-yet", (contribution[0] + ". " + contribution[1]).strip(), day));
			batch.add(row(number, "how-open", Integer.toString(1 + random.nextInt(5)), day));
			batch.add(row(number, "fields", FIELDS.get(random.nextInt(FIELDS.size())), day));
			rows += 4;
			if (batch.size() >= 2_000) {
				insert(jdbc, batch);
			}
		}
		insert(jdbc, batch);
		return rows;
	}

	private static Object[] row(long respondent, String question, String value, LocalDate day) {
		String text = value.length() > 4000 ? value.substring(0, 4000) : value;
		return new Object[] { DIALOGUE, question, respondent, text, "de", "direct", Date.valueOf(day) };
	}

	private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
		jdbc.batchUpdate("insert into answer (dialogue_id, question_id, respondent, answer_value, language, channel,"
				+ " answered_on) values (?, ?, ?, ?, ?, ?, ?)", batch);
		batch.clear();
	}

	private static void measureSearches(AnswerSearch search) {
		SearchQuery.Builder question = SearchQuery.builder().dialogue(DIALOGUE).question("open-not-yet");
		time("newest first, no text, page 1", () -> question.text(null).page(0, 25).build(), search);
		time("newest first, page 200", () -> question.text(null).page(199, 25).build(), search);
		time("text \"Ampel\"", () -> question.text("Ampel").page(0, 25).build(), search);
		time("text \"Fahrradständer\" (compound)", () -> question.text("Fahrradständer").page(0, 25).build(), search);
		time("text \"Radweg zu schmal\"", () -> question.text("Radweg zu schmal").page(0, 25).build(), search);
		time("text \"Rad*\" (prefix)", () -> question.text("Rad*").page(0, 25).build(), search);
		time("text \"Ampel\" + rating 4-5 + field + dates", () -> SearchQuery.builder()
			.dialogue(DIALOGUE)
			.question("open-not-yet")
			.text("Ampel")
			.respondentAnswered("how-open", Set.of("4", "5"))
			.respondentAnswered("fields", Set.of("work"))
			.dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31))
			.build(), search);
		System.out.printf(Locale.ROOT, "matchingIds \"Ampel\": %d ids%n",
				search.matchingIds(question.text("Ampel").build()).size());
	}

	private static void time(String name, Supplier<SearchQuery> query, AnswerSearch search) {
		SearchQuery built = query.get();
		long total = 0;
		for (int i = 0; i < 30; i++) {
			total = search.search(built).total();
		}
		double[] millis = new double[200];
		for (int i = 0; i < millis.length; i++) {
			long started = System.nanoTime();
			search.search(built);
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", name, total, millis[millis.length / 2],
				millis[(int) (millis.length * 0.95)]);
	}

	/** title and text of each contribution; a small built-in stand-in when the corpus is absent. */
	private static List<String[]> bonn() throws IOException {
		if (Files.notExists(BONN)) {
			System.out.println("NOTE: " + BONN + " not found; using a small built-in set of texts.");
			return List.of(new String[] { "Ampel zu kurz", "Die Ampel am Hauptbahnhof ist zu kurz grün." },
					new String[] { "Fahrradständer fehlen", "Am Markt fehlen Fahrradständer." },
					new String[] { "Radweg zu schmal", "Der Radweg an der Kölnstraße ist zu schmal." });
		}
		List<String[]> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(BONN, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				rows.add(new String[] { record.get("title"), record.get("text") });
			}
		}
		return rows;
	}

}
