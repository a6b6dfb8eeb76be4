package de.mitreden.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff export over real HTTP: every answer comes out exactly as written (quotes, commas, line
 * breaks, umlauts, Arabic), formulas cannot run in a spreadsheet, and nothing comes out without the
 * staff account.
 * The staff account is the admin module's ({@code mitreden.admin.*}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mitreden.admin.username=" + AnswerExportTests.USER,
				"mitreden.admin.password=" + AnswerExportTests.PASSWORD })
class AnswerExportTests {

	static final String USER = "staff";

	static final String PASSWORD = "export-test-password";

	static final Path DATA_DIR = Path.of("target", "test-data", "AnswerExportTests-" + UUID.randomUUID());

	static final List<String> TRICKY_ANSWERS = List.of("Sie sagte \"Hallo\", dann ging sie.",
			"Zeile eins\nZeile zwei\r\nZeile drei", "Grüße aus der Marktstraße, Öffnungszeiten ändern!",
			"مرحبا بالجميع في المدينة", "Ein 'Zitat' am Ende'");

	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.org\",\"klick\")", "+49 4421 1234",
			"-5", "@SUM(A1:A9)", "\tmit Tab", "\rmit Wagenrücklauf");

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("mitreden.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	AnswerRepository answers;

	@Autowired
	TransactionTemplate transactions;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void csvHoldsEveryAnswerExactlyAsWritten() throws Exception {
		String dialogue = storeAnswers(TRICKY_ANSWERS, "verein42");

		HttpResponse<byte[]> response = get("/api/answers.csv?dialogue=" + dialogue, true);

		assertThat(response.statusCode()).isEqualTo(200);
		List<CSVRecord> records = parseCsv(response.body());
		assertThat(records).extracting((record) -> record.get("answer")).containsExactlyElementsOf(TRICKY_ANSWERS);
		assertThat(records.get(0).toMap()).containsEntry("dialogue", dialogue)
			.containsEntry("question", "q1")
			.containsEntry("respondent", "123456789")
			.containsEntry("language", "de")
			.containsEntry("channel", "verein42")
			.containsEntry("date", "2026-03-01");
	}

	@Test
	void csvIsRfc4180WithAByteOrderMarkForExcelAndAHeaderRow() throws Exception {
		String dialogue = storeAnswers(List.of("eins"), "direct");

		HttpResponse<byte[]> response = get("/api/answers.csv?dialogue=" + dialogue, true);

		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).isEqualTo("\uFEFFdialogue,question,respondent,answer,language,channel,date,theme\r\n"
				+ dialogue + ",q1,123456789,eins,de,direct,2026-03-01,\r\n");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"mitreden-answers-" + LocalDate.now() + ".csv\"");
	}

	@Test
	void aCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws Exception {
		String dialogue = storeAnswers(FORMULAS, "-x");

		List<CSVRecord> records = parseCsv(get("/api/answers.csv?dialogue=" + dialogue, true).body());

		assertThat(records).extracting((record) -> record.get("answer"))
			.containsExactlyElementsOf(FORMULAS.stream().map((formula) -> "'" + formula).toList());
		assertThat(records).extracting((record) -> record.get("channel")).containsOnly("'-x");
	}

	@Test
	void jsonHoldsEveryAnswerUnchanged() throws Exception {
		String dialogue = storeAnswers(List.of(TRICKY_ANSWERS.get(0), TRICKY_ANSWERS.get(3), FORMULAS.get(0)), "web");

		HttpResponse<byte[]> response = get("/api/answers.json?dialogue=" + dialogue, true);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		List<Map<String, Object>> rows = JsonMapper.builder().build().readValue(response.body(), new TypeReference<>() {
		});
		assertThat(rows).extracting((row) -> row.get("answer"))
			.containsExactly(TRICKY_ANSWERS.get(0), TRICKY_ANSWERS.get(3), FORMULAS.get(0));
		assertThat(rows.get(0)).containsExactlyInAnyOrderEntriesOf(Map.of("dialogue", dialogue, "question", "q1",
				"respondent", 123456789, "answer", TRICKY_ANSWERS.get(0), "language", "de", "channel", "web", "date",
				"2026-03-01", "theme", ""));
	}

	@Test
	void withoutADialogueParameterAllDialoguesAreExported() throws Exception {
		String first = storeAnswers(List.of("a"), "web");
		String second = storeAnswers(List.of("b"), "web");

		List<CSVRecord> records = parseCsv(get("/api/answers.csv", true).body());

		assertThat(records).extracting((record) -> record.get("dialogue")).contains(first, second);
	}

	@Test
	void withoutCredentialsTheAnswerIs401AndHoldsNoData() throws Exception {
		String dialogue = storeAnswers(List.of("Geheime Antwort"), "web");

		for (String path : List.of("/api/answers.csv", "/api/answers.json?dialogue=" + dialogue)) {
			HttpResponse<byte[]> response = get(path, false);

			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("Geheime Antwort")
				.doesNotContain(dialogue);
		}
	}

	@Test
	void aWrongPasswordIs401() throws Exception {
		storeAnswers(List.of("Geheime Antwort"), "web");

		HttpResponse<byte[]> response = this.http.send(request("/api/answers.csv")
			.header("Authorization", basic(USER, "wrong"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("Geheime Antwort");
	}

	/** Stores the answers as answers to q1 of a new dialogue and returns its id. */
	private String storeAnswers(List<String> values, String channel) {
		String dialogue = "export-" + UUID.randomUUID().toString().substring(0, 8);
		this.transactions.executeWithoutResult((status) -> values.forEach((value) -> this.answers
			.save(new AnswerEntity(dialogue, "q1", 123456789L, value, "de", channel, LocalDate.of(2026, 3, 1)))));
		return dialogue;
	}

	private HttpResponse<byte[]> get(String path, boolean withCredentials) throws Exception {
		HttpRequest.Builder request = request(path);
		if (withCredentials) {
			request.header("Authorization", basic(USER, PASSWORD));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static List<CSVRecord> parseCsv(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith(AnswerExport.BYTE_ORDER_MARK);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		return format.parse(new StringReader(text.substring(1))).getRecords();
	}

}
