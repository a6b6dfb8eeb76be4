package de.mitreden.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import de.mitreden.answers.AnswerImport;
import de.mitreden.themes.CuratedTheme;
import de.mitreden.themes.ThemeBoard;
import de.mitreden.webchat.WebChatClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The themes of a free-text question in the admin web over real HTTP: computed on the first visit, curated
 * by staff (rename, merge, split, pin, move, a theme from a search), kept across a new computation, shown
 * in the answers list, the report, the XLSX and the CSV export; a theme name with markup stays text.
 * Each test starts from freshly computed themes of its own question data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mitreden.themes.refresh-interval=1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffThemesTests {

	static final String DIALOGUE_ID = "wilhelmshaven-weltoffen";

	static final String QUESTION = "open-not-yet";

	static final String BASE = "/admin/dialogues/" + DIALOGUE_ID + "/questions/" + QUESTION;

	static final String PASSWORD = "themes test password";

	@LocalServerPort
	int port;

	@Autowired
	AnswerImport answerImport;

	@Autowired
	StaffThemes themes;

	@Autowired
	JdbcTemplate jdbc;

	private StaffClient staff;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-staff-themes");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.password", () -> PASSWORD);
	}

	@org.junit.jupiter.api.BeforeAll
	void answers() {
		ThemeTestAnswers.store(this.answerImport, DIALOGUE_ID, QUESTION);
		this.staff = new StaffClient(this.port).login("admin", PASSWORD);
		this.staff.eventually(BASE + "/answers", (page) -> page.contains("<strong>36</strong>"));
	}

	@BeforeEach
	void noThemesYet() {
		this.jdbc.update("delete from theme");
		this.jdbc.update("delete from theme_run");
	}

	@Test
	void theFirstVisitComputesThemesWithLabelsQuotesAndSplits() {
		String page = this.staff.get(BASE + "/themes").body();

		ThemeBoard board = board();
		assertThat(board.themes()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(page).contains("Zuletzt berechnet am").contains("36 Antworten");
		for (CuratedTheme theme : board.themes()) {
			assertThat(page).contains("id=\"theme-" + theme.key() + "\"").contains(escaped(theme.label()));
		}
		assertThat(page).contains("Häufige Begriffe:").contains("Sprachen:").contains("Deutsch").contains("Import")
			.contains("<blockquote");
	}

	@Test
	void aRenamedThemeKeepsItsNameAcrossANewComputationAndMarkupStaysText() {
		this.staff.get(BASE + "/themes");
		CuratedTheme first = board().themes().get(0);
		String name = "<script>alert('thema')</script> Sprachkurse";

		HttpResponse<String> renamed = this.staff.post(BASE + "/themes/" + first.key() + "/rename", Map.of("label", name));
		assertThat(renamed.statusCode()).isEqualTo(302);
		this.staff.post(BASE + "/themes/recompute", Map.of("count", "4"));

		assertThat(board().theme(first.key())).hasValueSatisfying((theme) -> {
			assertThat(theme.label()).isEqualTo(name);
			assertThat(theme.labelByStaff()).isTrue();
		});
		for (String path : List.of(BASE + "/themes", BASE + "/answers", BASE + "/answers?theme=" + first.key(),
				"/admin/dialogues/" + DIALOGUE_ID + "/report")) {
			String page = this.staff.get(path).body();
			assertThat(page).as(path).doesNotContain("<script>alert('thema')").contains("&lt;script&gt;alert(&#39;thema&#39;)");
		}
	}

	@Test
	void mergingTwoThemesKeepsTheFirstsNameAndAllAnswers() {
		this.staff.get(BASE + "/themes");
		ThemeBoard before = board();
		CuratedTheme a = before.themes().get(0);
		CuratedTheme b = before.themes().get(1);

		this.staff.get(BASE + "/themes");
		HttpResponse<String> merged = this.staff.postMulti(BASE + "/themes/merge", List.of(Map.entry("keys", a.key()),
				Map.entry("keys", b.key())));
		assertThat(merged.statusCode()).isEqualTo(302);

		ThemeBoard after = board();
		assertThat(after.theme(b.key())).isEmpty();
		assertThat(after.theme(a.key())).hasValueSatisfying((theme) -> {
			assertThat(theme.label()).isEqualTo(a.label());
			assertThat(theme.answerIds()).containsAll(a.answerIds()).containsAll(b.answerIds());
			assertThat(theme.origin()).isEqualTo(CuratedTheme.Origin.MERGED);
		});
		assertThat(this.staff.get(BASE + "/themes").body()).contains("zusammengeführt");
	}

	@Test
	void pinSplitMoveAndAThemeFromASearch() {
		this.staff.get(BASE + "/themes");
		CuratedTheme largest = board().themes().get(0);

		this.staff.post(BASE + "/themes/" + largest.key() + "/pin", Map.of("pinned", "true"));
		assertThat(board().theme(largest.key())).hasValueSatisfying((theme) -> assertThat(theme.pinned()).isTrue());

		String moved = largest.answerIds().get(0);
		CuratedTheme target = board().themes().get(1);
		HttpResponse<String> move = this.staff.post(BASE + "/answers/" + moved + "/move", Map.of("target", target.key()));
		assertThat(move.statusCode()).as(move.body()).isEqualTo(302);
		assertThat(this.staff.get(BASE + "/answers?theme=" + target.key()).body()).as("moved")
			.contains("Die Antwort steht jetzt unter");
		assertThat(board().themeOf(moved).map(CuratedTheme::key)).hasValue(target.key());
		this.staff.post(BASE + "/themes/recompute", Map.of());
		assertThat(board().themeOf(moved).map(CuratedTheme::key)).as("a staff move survives a computation")
			.hasValue(target.key());

		this.staff.post(BASE + "/themes/from-search", Map.of("query", "Bus", "label", "Busverkehr"));
		CuratedTheme buses = board().themes().stream().filter((t) -> t.label().equals("Busverkehr")).findFirst().orElseThrow();
		assertThat(buses.origin()).isEqualTo(CuratedTheme.Origin.SEARCH);
		assertThat(buses.answerIds()).hasSizeGreaterThanOrEqualTo(8);

		int before = board().themes().size();
		this.staff.post(BASE + "/themes/" + buses.key() + "/split", Map.of("parts", "2"));
		assertThat(board().theme(buses.key())).isEmpty();
		assertThat(board().themes().size()).isGreaterThan(before - 1);
	}

	@Test
	void themesAppearInTheAnswerListTheReportTheWorkbookAndTheCsv() throws Exception {
		this.staff.get(BASE + "/themes");
		CuratedTheme theme = board().themes().get(0);
		this.staff.post(BASE + "/themes/" + theme.key() + "/rename", Map.of("label", "Unser Thema"));

		String list = this.staff.get(BASE + "/answers?theme=" + theme.key()).body();
		assertThat(list).containsPattern("<strong>" + theme.answerIds().size() + "</strong>");
		assertThat(this.staff.get("/admin/dialogues/" + DIALOGUE_ID + "/report").body()).contains("Unser Thema")
			.contains("Typische Antworten");

		List<String> themeCells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				this.staff.getBytes("/admin/dialogues/" + DIALOGUE_ID + "/report.xlsx").body()))) {
			workbook.getSheet("F2 open-not-yet").forEach((row) -> themeCells.add(row.getCell(1).getStringCellValue()));
			List<String> summary = new ArrayList<>();
			workbook.getSheet("Übersicht").forEach((row) -> row.forEach((cell) -> summary.add(cell.toString())));
			assertThat(summary).contains("Unser Thema");
		}
		assertThat(themeCells).filteredOn("Unser Thema"::equals).hasSize(theme.answerIds().size());

		String csv = new WebChatClient(this.port, "de").get("/api/answers.csv?dialogue=" + DIALOGUE_ID,
				WebChatClient.basic("admin", PASSWORD)).body();
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1))).getRecords();
		assertThat(rows).filteredOn((row) -> row.get("question").equals(QUESTION))
			.allSatisfy((row) -> assertThat(row.get("theme")).isNotEmpty());
		assertThat(rows).filteredOn((row) -> row.get("theme").equals("Unser Thema")).hasSize(theme.answerIds().size());
	}

	@Test
	void aHiddenAnswerLeavesItsThemeAtOnce() {
		this.staff.get(BASE + "/themes");
		CuratedTheme theme = board().themes().get(0);
		String hidden = theme.answerIds().get(0);

		this.staff.get(BASE + "/answers");
		this.staff.post(BASE + "/answers/" + hidden + "/hide", Map.of("reason", "persönliche Daten"));

		assertThat(board().themeOf(hidden)).isEmpty();
		assertThat(board().otherIds()).doesNotContain(hidden);
		this.themes.recompute(DIALOGUE_ID, QUESTION, OptionalInt.empty());
		assertThat(board().themeOf(hidden)).isEmpty();
		this.staff.post(BASE + "/answers/" + hidden + "/show", Map.of());
		this.staff.eventually(BASE + "/answers", (page) -> page.contains("<strong>36</strong>"));
	}

	@Test
	void curationFormsNeedTheirCsrfToken() {
		this.staff.get(BASE + "/themes");
		String key = board().themes().get(0).key();
		for (String path : List.of("/recompute", "/" + key + "/rename", "/" + key + "/pin", "/merge", "/" + key + "/split",
				"/from-search", "/stopwords")) {
			assertThat(this.staff.postWithoutToken(BASE + "/themes" + path, Map.of("label", "x", "pinned", "true",
					"query", "Bus", "words", "x")).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(board().theme(key).map(CuratedTheme::label)).isNotEqualTo(java.util.Optional.of("x"));
	}

	private ThemeBoard board() {
		return this.themes.board(DIALOGUE_ID, QUESTION);
	}

	private static String escaped(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
