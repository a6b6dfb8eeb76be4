package de.mitreden.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import de.mitreden.telegram.fake.FakeBotApi;
import de.mitreden.telegram.fake.SentMessage;
import de.mitreden.telegram.fake.TgUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen takes part over Telegram from start to end, staff export the answers, and afterwards
 * nothing in the database or the log says who she is.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramDialogueTests extends TelegramTestSupport {

	static final TgUser LEYLA = new TgUser(987654321L, "Leyla", "Yılmaz-Testfrau", "leyla_test_4711", "de");

	@LocalServerPort
	int port;

	@Test
	void aCitizenWalksTheWholeDialogueAndStaffExportHerAnswersUnderHerChannel(CapturedOutput log) throws Exception {
		walkTheWholeDialogue(LEYLA);

		String csv = exportCsv();
		List<String> leylasRows = csv.lines().filter(line -> line.contains("verein42")).toList();
		assertThat(String.join("\n", leylasRows)).contains("Beim Stadtfest am Südstrand.", "Im Sportverein.",
				"Bei Ämtern ist es schwer.", "how-open", "fair-access", "work", "both", "rather-not-say");
		assertThat(leylasRows).hasSizeGreaterThanOrEqualTo(7);

		assertNothingIdentifies(LEYLA, log);
	}

	@Test
	void theCommandMenuIsRegisteredInEveryLanguageAndAsDefault() {
		assertThat(api.commandMenus()).containsKeys("de", "en", "");
		assertThat(api.commandMenus().get("de")).containsExactly("start", "help", "language", "restart", "privacy",
				"delete");
	}

	@Test
	void healthReportsThatTheBotIsPolling(@Autowired TelegramHealth health) {
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	private void walkTheWholeDialogue(TgUser citizen) {
		// A multiplier code counts only while a link with it exists (links module).
		de.mitreden.links.TestLinks.ensure(this.jdbc, "verein42");
		assertThat(text(say(citizen, "/start verein42"))).contains("Guten Tag", "Möchten Sie mitmachen?");
		assertThat(text(press(citizen, "Ja, los geht's"))).contains("Frage 1 von 7");
		assertThat(text(say(citizen, "Beim Stadtfest am Südstrand."))).contains("Danke!");
		assertThat(text(press(citizen, "Noch etwas sagen"))).contains("Schreiben Sie Ihren nächsten Gedanken.");
		say(citizen, "Im Sportverein.");
		assertThat(text(press(citizen, "Nächste Frage"))).contains("Frage 2 von 7");
		say(citizen, "Bei Ämtern ist es schwer.");
		assertThat(text(press(citizen, "Nächste Frage"))).contains("Frage 3 von 7", "Wie offen ist Wilhelmshaven");
		assertThat(text(press(citizen, "4"))).contains("Frage 4 von 7");
		tickInPlace(citizen, "Gleiche Chancen bei Ämtern, Wohnung, Schule");
		tickInPlace(citizen, "Arbeit finden und arbeiten");
		assertThat(text(press(citizen, "Fertig"))).contains("Wie alt sind Sie?");
		assertThat(text(press(citizen, "Überspringen"))).contains("Wohnen oder arbeiten Sie in Wilhelmshaven?");
		assertThat(text(press(citizen, "Beides"))).contains("aus einem anderen Land");
		assertThat(text(press(citizen, "Das sage ich lieber nicht"))).contains("Vielen Dank",
				"https://t.me/" + FakeBotApi.BOT_USERNAME);
		assertThat(api.answeredPresses()).hasSizeGreaterThanOrEqualTo(10);
	}

	/** A multiple-choice tick changes the pressed message in place instead of sending a new one. */
	private static void tickInPlace(TgUser citizen, String option) {
		SentMessage question = latestWithButton(citizen, option);
		List<SentMessage> replies = press(citizen, option);
		assertThat(replies).singleElement().satisfies(edit -> {
			assertThat(edit.isEdit()).isTrue();
			assertThat(edit.messageId()).isEqualTo(question.messageId());
			assertThat(edit.allButtons()).anySatisfy(button -> assertThat(button.label()).isEqualTo("✓ " + option));
		});
	}

	private String exportCsv() throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/answers.csv"))
			.header("Authorization", "Basic " + basic)
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/**
	 * Reads every row of every table (all columns as text) and the whole captured log, and looks for
	 * the citizen's first name, last name, username, user id and chat id, also written in hex.
	 */
	private void assertNothingIdentifies(TgUser citizen, CapturedOutput log) {
		String database = wholeDatabaseAsText();
		assertThat(database).contains("Beim Stadtfest am Südstrand.");
		for (String trace : traces(citizen)) {
			assertThat(linesContaining(database, trace)).as("database rows holding %s", trace).isEmpty();
			assertThat(linesContaining(log.getAll(), trace)).as("log lines holding %s", trace).isEmpty();
		}
	}

	private static List<String> linesContaining(String text, String trace) {
		String wanted = trace.toLowerCase(Locale.ROOT);
		return text.lines().filter(line -> line.toLowerCase(Locale.ROOT).contains(wanted)).toList();
	}

	static List<String> traces(TgUser citizen) {
		List<String> traces = new ArrayList<>(List.of(citizen.firstName(), citizen.lastName(), citizen.username(),
				String.valueOf(citizen.id()), Long.toHexString(citizen.id())));
		traces.add(HexFormat.of().formatHex(String.valueOf(citizen.id()).getBytes(StandardCharsets.UTF_8)));
		return traces;
	}

	String wholeDatabaseAsText() {
		StringBuilder all = new StringBuilder();
		List<String> tables = this.jdbc.queryForList(
				"SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", String.class);
		assertThat(tables).contains("TELEGRAM_UPDATE");
		for (String table : tables) {
			this.jdbc.query("SELECT * FROM \"" + table + "\"", rs -> {
				for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
					Object value = rs.getObject(column);
					all.append(table).append(':').append(asText(value)).append('\n');
				}
			});
		}
		return all.toString();
	}

	private static String asText(Object value) {
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes) + " " + new String(bytes, StandardCharsets.UTF_8);
		}
		return String.valueOf(value);
	}

	private static String text(List<SentMessage> messages) {
		return String.join("\n", texts(messages));
	}

}
