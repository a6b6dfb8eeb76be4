package de.mitreden.admin;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.mitreden.answers.AnswerFilter;
import de.mitreden.answers.AnswerQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff upload CSV files of contributions over real HTTP: a good file is stored with channel "import";
 * a broken one is answered with the line and the problem, and nothing of it is stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportTests {

	static final String TARGET = "wilhelmshaven-weltoffen/open-not-yet";

	@LocalServerPort
	int port;

	@Autowired
	AnswerQueries answers;

	private StaffClient staff;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-import");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.password", () -> "import test password");
	}

	@BeforeAll
	void login() {
		this.staff = new StaffClient(this.port).login("admin", "import test password");
		this.staff.get(ImportController.PAGE);
	}

	@Test
	void aGoodFileIsStoredWithChannelImportLanguageAndDate() {
		String csv = "\uFEFFText;Datum;Sprache\r\nMehr Sprachkurse am Abend;14.03.2025;de\r\n"
				+ "\"Der Bus zur Behörde fährt selten; vor allem \"\"sonntags\"\"\";2025-03-15;\r\n"
				+ "The office opens too late;;en\r\n";
		HttpResponse<String> response = upload(csv.getBytes(StandardCharsets.UTF_8), "de");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/questions/open-not-yet/answers")
			.contains("channel=import");
		assertThat(imported("Sprachkurse")).singleElement().satisfies((answer) -> {
			assertThat(answer.channel()).isEqualTo("import");
			assertThat(answer.language()).isEqualTo("de");
			assertThat(answer.date()).hasToString("2025-03-14");
		});
		assertThat(imported("sonntags")).singleElement()
			.satisfies((answer) -> assertThat(answer.text()).isEqualTo("Der Bus zur Behörde fährt selten; vor allem \"sonntags\""));
		assertThat(imported("office")).singleElement().satisfies((answer) -> assertThat(answer.language()).isEqualTo("en"));
		// the list shown next already holds what was imported (the search index took it before the redirect)
		assertThat(this.staff.get(java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath()
				+ "?channel=import").body())
			.contains("3 Beiträge sind gespeichert")
			.contains("Mehr Sprachkurse am Abend", "The office opens too late")
			.doesNotContain("Keine Antworten passen", "in die Suche aufgenommen");
	}

	@Test
	void aFileInWindowsEncodingIsRefusedWithItsLine() {
		byte[] latin1 = "text\nerste Zeile\nÄrger mit der Behörde\n".getBytes(Charset.forName("windows-1252"));
		assertRefused(upload(latin1, "de"), "Zeile 3:", "UTF-8");
	}

	@Test
	void aFileWithoutTextColumnIsRefused() {
		assertRefused(upload("name;datum\nAnna;14.03.2025\n".getBytes(StandardCharsets.UTF_8), "de"), "Zeile 1:",
				"keine Spalte „text“");
	}

	@Test
	void aRowWithoutTheTextColumnIsRefused() {
		assertRefused(upload("datum,text\n2025-03-14,gut\n2025-03-14\n".getBytes(StandardCharsets.UTF_8), "de"),
				"Zeile 3:", "fehlt die Spalte");
	}

	@Test
	void anEmptyTextIsRefusedWithItsLine() {
		assertRefused(upload("text\nVorher gut\n\"  \"\nNachher gut\n".getBytes(StandardCharsets.UTF_8), "de"), "Zeile 3:",
				"Der Text ist leer");
	}

	@Test
	void aTooLongTextIsRefusedWithItsLine() {
		String csv = "text\nkurz\n\"mehrere\nZeilen\"\n" + "x".repeat(ContributionCsv.MAX_TEXT_LENGTH + 1) + "\n";
		assertRefused(upload(csv.getBytes(StandardCharsets.UTF_8), "de"), "Zeile 5:", "4001 Zeichen");
	}

	@Test
	void anUnknownQuestionOrLanguageIsRefused() {
		byte[] csv = "text\nIrgendwas Gutes\n".getBytes(StandardCharsets.UTF_8);
		assertRefused(this.staff.upload(ImportController.PAGE, Map.of("target", "wilhelmshaven-weltoffen/no-such", "language",
				"de"), "a.csv", csv, true), "Bitte wählen Sie die Frage");
		assertRefused(this.staff.upload(ImportController.PAGE, Map.of("target", "wilhelmshaven-weltoffen/how-open",
				"language", "de"), "a.csv", csv, true), "Bitte wählen Sie die Frage");
		assertRefused(upload(csv, "fr"), "Sprache des Dialogs");
		assertRefused(upload("text;sprache\nBonjour;fr\n".getBytes(StandardCharsets.UTF_8), "de"), "Zeile 2:",
				"Die Sprache „fr“");
		assertThat(imported("Irgendwas")).isEmpty();
	}

	@Test
	void anEmptyFileAndABadDateAreRefused() {
		assertRefused(upload(new byte[0], "de"), "CSV-Datei");
		assertRefused(upload("text\n".getBytes(StandardCharsets.UTF_8), "de"), "kein Beitrag");
		assertRefused(upload("text,datum\nGut,31.02.2025\n".getBytes(StandardCharsets.UTF_8), "de"), "Zeile 2:",
				"Das Datum „31.02.2025“");
	}

	private void assertRefused(HttpResponse<String> response, String... parts) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("class=\"problem\"").contains(parts).contains("Es wurde nichts gespeichert");
		assertThat(imported("gut")).as("nothing of a refused file is stored").isEmpty();
		assertThat(imported("Vorher")).isEmpty();
		assertThat(imported("kurz")).isEmpty();
	}

	private HttpResponse<String> upload(byte[] csv, String language) {
		return this.staff.upload(ImportController.PAGE, Map.of("target", TARGET, "language", language), "beitraege.csv",
				csv, true);
	}

	private java.util.List<de.mitreden.answers.StaffAnswer> imported(String text) {
		return this.answers.page(new AnswerFilter("wilhelmshaven-weltoffen", "open-not-yet", null, "import", null, null,
				null, null, true), 0, 1000).answers().stream().filter((answer) -> answer.text().contains(text)).toList();
	}

}
