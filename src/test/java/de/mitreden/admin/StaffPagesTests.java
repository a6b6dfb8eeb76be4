package de.mitreden.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mitreden.answers.AnswerImport;
import de.mitreden.answers.ImportedAnswer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The staff pages over real HTTP with citizens who answered through the web chat: the overview counts,
 * search, filters, hiding, the report and its XLSX workbook; stored attack texts stay inert everywhere.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesTests {

	static final String DIALOGUE_ID = "wilhelmshaven-weltoffen";

	static final String DIALOGUE = "/admin/dialogues/" + DIALOGUE_ID;

	static final String ANSWERS = DIALOGUE + "/questions/open-where/answers";

	static final String PASSWORD = "pages test password";

	@LocalServerPort
	int port;

	@Autowired
	AnswerImport answerImport;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private StaffClient staff;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-staff-pages");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.password", () -> PASSWORD);
	}

	@BeforeAll
	void citizensAnswered() {
		de.mitreden.links.TestLinks.ensure(this.jdbc, "verein42");
		Citizens.answerAll(this.port, "de", null, "Beim Hafenfest reden alle miteinander", "Termine bei der Ausländerbehörde",
				4, "work");
		Citizens.answerAll(this.port, "en", "verein42", "At the harbour festival everybody talks", "Finding a flat", 2,
				"fair-access");
		Citizens.answerAll(this.port, "de", "verein42", "Im Sportverein spielen alle zusammen", "Sprachkurse sind voll",
				5, "work");
		Citizens.answerFirst(this.port, "tr", null, "Limanda herkes konuşuyor");
		Citizens.answerFirst(this.port, "de", null, "Herr Mustermann aus der Gökerstraße 12 ist ein Idiot");
		List<ImportedAnswer> payloads = new ArrayList<>();
		for (String payload : XssPayloads.ALL) {
			payloads.add(new ImportedAnswer(DIALOGUE_ID, "open-where", payload, "de", "import", LocalDate.of(2025, 3, 14)));
		}
		this.answerImport.add(payloads);
		this.staff = new StaffClient(this.port).login("admin", PASSWORD);
		this.staff.eventually(ANSWERS, (page) -> page.contains("Gökerstraße") && page.contains("x8"));
	}

	@Test
	void overviewCountsParticipantsAnswersRatingsAndFields() {
		String page = this.staff.get(DIALOGUE).body();

		assertThat(keyFigure(page, "Teilnehmende")).isEqualTo("5");
		assertThat(keyFigure(page, "bis zur letzten Frage")).isEqualTo("3");
		assertThat(keyFigure(page, "davon importiert")).as("imported contributions have no participant")
			.isEqualTo(Integer.toString(XssPayloads.ALL.size()));
		assertThat(page).contains("Wie offen ist Wilhelmshaven heute für alle Menschen?")
			.contains("4 – sehr offen".replace("4", "5"))
			.contains("Arbeit finden und arbeiten")
			.contains("Türkisch")
			.contains("verein42")
			.contains("Web-Chat");
		assertThat(row(page, "Arbeit finden und arbeiten")).as("ticked twice, once de, once en")
			.startsWith("2");
	}

	@Test
	void searchMarksTheHitsAndCounts() {
		String page = this.staff.get(ANSWERS + "?q=Hafenfest").body();

		assertThat(page).contains("<mark>Hafenfest</mark>").doesNotContain("harbour").doesNotContain("Sportverein");
		assertThat(page).containsPattern("<strong>1</strong>\\s*<span>Antwort</span>");
	}

	@Test
	void filtersNarrowByLanguageChannelRatingAndFieldOfAction() {
		assertThat(this.staff.get(ANSWERS + "?language=en").body()).contains("harbour").doesNotContain("Hafenfest");
		assertThat(this.staff.get(ANSWERS + "?channel=verein42").body()).contains("harbour")
			.contains("Sportverein")
			.doesNotContain("Hafenfest");
		assertThat(this.staff.get(ANSWERS + "?rating=how-open:5").body()).contains("Sportverein")
			.doesNotContain("Hafenfest")
			.doesNotContain("harbour");
		assertThat(this.staff.get(ANSWERS + "?field=fields:work&language=de").body()).contains("Sportverein")
			.contains("Hafenfest")
			.doesNotContain("harbour");
		assertThat(this.staff.get(ANSWERS + "?from=2025-03-14&to=2025-03-14").body()).contains("x1")
			.doesNotContain("Hafenfest");
	}

	@Test
	void aHiddenAnswerLeavesListReportAndExportsAndComesBack() throws Exception {
		String list = this.staff.get(ANSWERS + "?q=Mustermann").body();
		String id = answerId(list, "Mustermann");

		HttpResponse<String> refused = this.staff.post(ANSWERS + "/" + id + "/hide", Map.of("reason", " "));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(this.staff.get(ANSWERS + "?q=Mustermann").body()).contains("Bitte geben Sie einen Grund an")
			.contains("Mustermann");

		HttpResponse<String> hidden = this.staff.post(ANSWERS + "/" + id + "/hide",
				Map.of("reason", "Beleidigung und Adresse", "q", "Mustermann"));
		assertThat(hidden.headers().firstValue("Location").orElseThrow()).contains("q=Mustermann").endsWith("#answer-" + id);
		assertThat(this.staff.get(ANSWERS + "?q=Mustermann").body()).contains("Die Antwort ist ausgeblendet");
		String after = this.staff.eventually(ANSWERS + "?q=Mustermann", (page) -> !page.contains("Gökerstraße"));
		assertThat(after).doesNotContain("Gökerstraße");
		assertThat(exportCsv()).noneMatch((row) -> row.get("answer").contains("Mustermann"));
		assertThat(this.staff.get(DIALOGUE + "/report").body()).doesNotContain("Mustermann");
		assertThat(xlsxTexts()).noneMatch((text) -> text.contains("Mustermann"));

		String withHidden = this.staff.eventually(ANSWERS + "?q=Mustermann&hidden=true", (page) -> page.contains("Wieder einblenden"));
		assertThat(withHidden).contains("Gökerstraße").contains("Beleidigung und Adresse").contains("Wieder einblenden");

		this.staff.post(ANSWERS + "/" + id + "/show", Map.of());
		assertThat(this.staff.eventually(ANSWERS + "?q=Mustermann", (page) -> page.contains("Gökerstraße"))).contains("Gökerstraße");
		assertThat(exportCsv()).anyMatch((row) -> row.get("answer").contains("Mustermann"));
		this.staff.post(ANSWERS + "/" + id + "/hide", Map.of("reason", "Beleidigung"));
	}

	@Test
	void anAnswerOfAnotherQuestionCannotBeHiddenThroughThisOne() {
		String id = answerId(this.staff.get(ANSWERS + "?q=Hafenfest").body(), "Hafenfest");
		String other = DIALOGUE + "/questions/open-not-yet/answers/" + id + "/hide";

		assertThat(this.staff.post(other, Map.of("reason", "x")).statusCode()).isEqualTo(404);
		assertThat(this.staff.get(ANSWERS + "?q=Hafenfest").body()).contains("Hafenfest");
	}

	@Test
	void attackTextsAreShownAsTextOnEveryPage() {
		List<String> pages = List.of(DIALOGUE, ANSWERS, ANSWERS + "?q=script", ANSWERS + "?q=%3Cimg", DIALOGUE + "/report",
				"/admin/import", "/admin/accounts", ANSWERS + "?q=%3Cscript%3Ealert('x1')%3C/script%3E&channel=%22%3E%3Cb%3E");
		for (String path : pages) {
			String page = this.staff.get(path).body();
			for (String dangerous : XssPayloads.DANGEROUS) {
				assertThat(page).as(path).doesNotContain(dangerous);
			}
		}
		String list = this.staff.get(ANSWERS).body();
		assertThat(list).contains("&lt;script&gt;alert(&#39;x1&#39;)&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(&#39;x2&#39;)&gt;")
			.contains("{{7*7}} ${7*7} [[${7*7}]] __${7*7}__");
		assertThat(this.staff.get(ANSWERS + "?q=script").body()).contains("<mark>script</mark>")
			.contains("&lt;")
			.doesNotContain("<mark><");
	}

	@Test
	void attackTextsStayTextInTheExports() throws Exception {
		List<CSVRecord> csv = exportCsv();
		assertThat(csv).extracting((row) -> row.get("answer"))
			.contains(XssPayloads.ALL.get(0), XssPayloads.ALL.get(1))
			.contains("'" + XssPayloads.ALL.get(7));
		String json = new String(this.staff.getBytes("/api/answers.json").body(), StandardCharsets.UTF_8);
		assertThat(json).doesNotContain("<script>");
		try (XSSFWorkbook workbook = xlsx()) {
			Sheet sheet = workbook.getSheet("F1 open-where");
			List<Cell> payloadCells = new ArrayList<>();
			sheet.forEach((row) -> {
				if (XssPayloads.ALL.contains(row.getCell(0).getStringCellValue())) {
					payloadCells.add(row.getCell(0));
				}
			});
			assertThat(payloadCells).hasSize(XssPayloads.ALL.size())
				.allMatch((cell) -> cell.getCellType() == CellType.STRING);
		}
	}

	@Test
	void theWorkbookHasASummaryAndOneSheetPerQuestion() throws Exception {
		HttpResponse<byte[]> response = this.staff.getBytes(DIALOGUE + "/report.xlsx");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(ReportController.XLSX_TYPE);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment")
			.contains(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Übersicht");
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + 7);
			Sheet first = workbook.getSheet("F1 open-where");
			assertThat(cells(first.getRow(0))).containsExactly("Antwort", "Thema", "Sprache", "Kanal", "Datum");
			assertThat(first.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Beim Hafenfest reden alle miteinander");
			assertThat(cells(first.getRow(1))).containsSubsequence("de", "web");
			Sheet rating = workbook.getSheet("F3 how-open");
			assertThat(rating.getRow(1).getCell(0).getStringCellValue()).isEqualTo("4");
			Sheet fields = workbook.getSheet("F4 fields");
			assertThat(fields.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Arbeit finden und arbeiten");
			List<String> summary = new ArrayList<>();
			workbook.getSheet("Übersicht").forEach((row) -> summary.addAll(cells(row)));
			assertThat(summary).contains("Teilnehmende", "Deutsch", "Englisch", "verein42");
		}
	}

	@Test
	void theReportPageShowsEveryQuestionAndPrintsOnA4() {
		String page = this.staff.get(DIALOGUE + "/report").body();

		assertThat(page).contains("Berichtsgrundlage").contains("Frage 1:").contains("Frage 7:")
			.contains("Arbeit finden und arbeiten")
			.contains("data-print");
		String css = this.staff.get("/admin/assets/admin.css").body();
		assertThat(css).contains("size: A4").contains("@media print");
	}

	private List<CSVRecord> exportCsv() throws IOException {
		HttpResponse<byte[]> response = this.staff.getBytes("/api/answers.csv");
		String body = new String(response.body(), StandardCharsets.UTF_8);
		if (response.statusCode() != 200) {
			// the export API is HTTP Basic, not the login session
			body = new String(basicGet("/api/answers.csv"), StandardCharsets.UTF_8);
		}
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body.substring(1)))
			.getRecords();
	}

	private byte[] basicGet(String path) {
		return new de.mitreden.webchat.WebChatClient(this.port, "de").get(path,
				de.mitreden.webchat.WebChatClient.basic("admin", PASSWORD)).body().getBytes(StandardCharsets.UTF_8);
	}

	private XSSFWorkbook xlsx() throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(this.staff.getBytes(DIALOGUE + "/report.xlsx").body()));
	}

	private List<String> xlsxTexts() throws IOException {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook workbook = xlsx()) {
			workbook.forEach((sheet) -> sheet.forEach((row) -> texts.addAll(cells(row))));
		}
		return texts;
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach((cell) -> cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
				: cell.getStringCellValue()));
		return cells;
	}

	private static String keyFigure(String page, String label) {
		Matcher matcher = Pattern.compile("<dt>" + Pattern.quote(label) + "</dt><dd>(\\d+)</dd>").matcher(page);
		assertThat(matcher.find()).as(label).isTrue();
		return matcher.group(1);
	}

	/** The cells after a row header in the first table that has it. */
	private static String row(String page, String label) {
		Matcher matcher = Pattern.compile("<th scope=\"row\">" + Pattern.quote(label) + "</th>\\s*<td class=\"num\">(\\d+)</td>")
			.matcher(page);
		assertThat(matcher.find()).as(label).isTrue();
		return matcher.group(1);
	}

	private static String answerId(String page, String text) {
		Matcher matcher = Pattern.compile("id=\"answer-(\\d+)\"[^>]*>\\s*<p class=\"answer-text\"[^>]*>[^<]*(<mark>)?[^<]*"
				+ Pattern.quote(text.substring(0, 4))).matcher(page);
		Matcher any = Pattern.compile("id=\"answer-(\\d+)\"").matcher(page);
		assertThat(any.find()).as("an answer in the list").isTrue();
		return matcher.find() ? matcher.group(1) : any.group(1);
	}

}
