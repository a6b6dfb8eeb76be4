package de.mitreden.admin;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import de.mitreden.answers.AnswerImport;
import de.mitreden.answers.ImportedAnswer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A staff member in a real browser (headless Debian Chromium through ChromeDriver), with the keyboard
 * where a person would use it: logs in, searches, hides an answer, downloads the XLSX workbook (read back
 * with POI), imports a file with a mistake. Screenshots of every page land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String PASSWORD = "browser staff password";

	private static final String DIALOGUE = "/admin/dialogues/wilhelmshaven-weltoffen";

	private static ChromeDriver browser;

	private static Path profile;

	private static Path downloads;

	@LocalServerPort
	int port;

	@Autowired
	AnswerImport answerImport;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-staff-browser");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.password", () -> PASSWORD);
	}

	@BeforeAll
	void startBrowserWithAnswers() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
					+ ". Install them with: apt-get install -y chromium chromium-driver (.ci/run does this).");
		}
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		profile = Files.createTempDirectory("mitreden-chromium-profile");
		downloads = Files.createTempDirectory("mitreden-downloads");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options());
		browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		answers();
	}

	private static ChromeOptions options() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=de-DE", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false));
		return options;
	}

	private void answers() {
		de.mitreden.links.TestLinks.ensure(this.jdbc, "verein42");
		Citizens.answerAll(this.port, "de", null, "Beim Hafenfest reden alle miteinander",
				"Termine bei der Ausländerbehörde dauern Monate", 4, "fair-access");
		Citizens.answerAll(this.port, "ar", "verein42", "في النادي الرياضي يلعب الجميع معا", "السكن صعب", 2, "work");
		Citizens.answerAll(this.port, "en", "web", "At the harbour festival everybody talks", "Finding a flat", 3,
				"togetherness");
		Citizens.answerFirst(this.port, "de", null, "Im Hafen ist der Nachbar Max Mustermann ein Idiot");
		List<ImportedAnswer> imported = new ArrayList<>();
		for (String payload : XssPayloads.ALL) {
			imported.add(new ImportedAnswer("wilhelmshaven-weltoffen", "open-where", payload, "de", "import",
					LocalDate.of(2025, 3, 14)));
		}
		this.answerImport.add(imported);
		ThemeTestAnswers.store(this.answerImport, "wilhelmshaven-weltoffen", "open-not-yet");
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		Stream.of(profile, downloads).filter(java.util.Objects::nonNull)
			.forEach((dir) -> FileSystemUtils.deleteRecursively(dir.toFile()));
	}

	@Test
	@Order(1)
	void staffLogInWithTheKeyboardAndSeeTheOverview() {
		browser.get(url("/admin"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/login");
		screenshot("admin-login");
		browser.switchTo().activeElement().sendKeys("admin", Keys.TAB, PASSWORD, Keys.ENTER);
		waitUntil(() -> browser.getCurrentUrl().endsWith(DIALOGUE));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wie weltoffen ist Wilhelmshaven?");
		assertThat(keyFigure("Teilnehmende")).isEqualTo("4");
		assertThat(browser.findElement(By.id("frage-4")).getText()).contains("Arbeit finden und arbeiten");
		assertNoScriptRan();
		screenshot("admin-overview");
		fullPageScreenshot("admin-overview-full");
	}

	@Test
	@Order(2)
	void staffSearchAndSeeTheHitsMarked() {
		waitUntil(() -> {
			browser.get(url(DIALOGUE + "/questions/open-where/answers"));
			return browser.findElement(By.id("result-count")).getText().startsWith("12 ");
		});
		browser.get(url(DIALOGUE));
		browser.findElement(By.cssSelector("a[aria-label='Antworten zu Frage 1 ansehen']")).click();
		WebElement search = browser.findElement(By.id("q"));
		search.sendKeys("hafen", Keys.ENTER);
		waitUntil(() -> browser.getCurrentUrl().contains("q=hafen"));

		List<WebElement> marks = browser.findElements(By.cssSelector(".answers mark"));
		assertThat(marks).isNotEmpty().allSatisfy((mark) -> assertThat(mark.getText()).containsIgnoringCase("hafen"));
		assertThat(browser.findElement(By.id("result-count")).getText()).startsWith("2 Antworten");
		screenshot("admin-search");
	}

	@Test
	@Order(3)
	void staffHideAnAnswerWithAReason() {
		browser.get(url(DIALOGUE + "/questions/open-where/answers?q=Mustermann"));
		WebElement item = browser.findElement(By.cssSelector(".answers li"));
		WebElement summary = item.findElement(By.tagName("summary"));
		summary.sendKeys(Keys.ENTER);
		WebElement reason = item.findElement(By.name("reason"));
		waitUntil(reason::isDisplayed);
		reason.sendKeys("Beleidigung, Name eines Nachbarn", Keys.ENTER);
		waitUntil(() -> !browser.findElements(By.cssSelector(".notice")).isEmpty());

		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("ausgeblendet");
		waitUntil(() -> {
			browser.navigate().refresh();
			return browser.findElements(By.cssSelector(".answers li")).isEmpty();
		});
		screenshot("admin-hidden");
		browser.findElement(By.id("hidden")).click();
		browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
		waitUntil(() -> !browser.findElements(By.cssSelector(".answers li.is-hidden")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".answers li.is-hidden")).getText())
			.contains("Beleidigung, Name eines Nachbarn");
		screenshot("admin-hidden-shown");
	}

	@Test
	@Order(4)
	void attackTextsAreShownAsTextInTheBrowser() {
		browser.get(url(DIALOGUE + "/questions/open-where/answers?channel=import"));
		List<String> shown = browser.findElements(By.cssSelector(".answer-text")).stream().map(WebElement::getText).toList();
		assertThat(shown).containsAll(XssPayloads.ALL);
		assertNoScriptRan();
		screenshot("admin-xss-inert");
	}

	@Test
	@Order(5)
	void staffDownloadTheReportWorkbook() throws Exception {
		browser.get(url(DIALOGUE + "/report"));
		screenshot("admin-report");
		fullPageScreenshot("admin-report-full");
		browser.findElement(By.cssSelector("a[href$='report.xlsx']")).click();
		waitUntil(() -> downloaded(".xlsx") != null);

		try (InputStream in = Files.newInputStream(downloaded(".xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Übersicht");
			Sheet first = workbook.getSheet("F1 open-where");
			List<String> answers = new ArrayList<>();
			for (Row row : first) {
				answers.add(row.getCell(0).getStringCellValue());
			}
			assertThat(answers).contains("Beim Hafenfest reden alle miteinander", "في النادي الرياضي يلعب الجميع معا")
				.containsAll(XssPayloads.ALL)
				.noneMatch((answer) -> answer.contains("Mustermann"));
		}
	}

	@Test
	@Order(6)
	void staffRenameAndMergeThemes() {
		String themes = DIALOGUE + "/questions/open-not-yet/themes";
		browser.get(url(themes));
		List<WebElement> cards = browser.findElements(By.cssSelector(".theme:not(.other)"));
		assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
		screenshot("admin-themes");
		fullPageScreenshot("admin-themes-full");

		WebElement first = cards.get(0);
		String firstId = first.getAttribute("id");
		first.findElement(By.xpath(".//summary[contains(., 'Umbenennen')]")).sendKeys(Keys.ENTER);
		WebElement name = first.findElement(By.name("label"));
		waitUntil(name::isDisplayed);
		name.clear();
		name.sendKeys("Wartezeiten <b>bei</b> Ämtern", Keys.ENTER);
		waitUntil(() -> !browser.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("#" + firstId + " h2")).getText())
			.isEqualTo("Wartezeiten <b>bei</b> Ämtern");

		List<WebElement> checks = browser.findElements(By.cssSelector(".theme input[name=keys]"));
		checks.get(0).sendKeys(Keys.SPACE);
		checks.get(1).sendKeys(Keys.SPACE);
		int before = browser.findElements(By.cssSelector(".theme:not(.other)")).size();
		browser.findElement(By.cssSelector("#merge-form button")).click();
		waitUntil(() -> !browser.findElements(By.cssSelector(".notice")).isEmpty());

		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("zusammengeführt");
		assertThat(browser.findElements(By.cssSelector(".theme:not(.other)"))).hasSize(before - 1);
		assertThat(browser.findElements(By.xpath("//li[contains(@class,'theme')]//h2[text()='Wartezeiten <b>bei</b> Ämtern']")))
			.hasSize(1);
		screenshot("admin-themes-merged");
		browser.get(url(DIALOGUE + "/report"));
		assertThat(browser.findElement(By.cssSelector(".report-themes")).getText()).contains("Wartezeiten <b>bei</b> Ämtern");
		fullPageScreenshot("admin-report-themes");
	}

	@Test
	@Order(7)
	void aBrokenImportNamesTheLine() throws IOException {
		browser.get(url("/admin/import"));
		Path csv = Files.createTempFile(downloads, "beitraege", ".csv");
		Files.writeString(csv, "text;datum\nMehr Sprachkurse;14.03.2025\n;15.03.2025\n", StandardCharsets.UTF_8);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("target")))
			.selectByValue("wilhelmshaven-weltoffen/open-not-yet");
		browser.findElement(By.id("file")).sendKeys(csv.toString());
		browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
		waitUntil(() -> !browser.findElements(By.cssSelector(".problem")).isEmpty());

		assertThat(browser.findElement(By.cssSelector(".problem")).getText()).startsWith("Zeile 3:")
			.contains("Der Text ist leer")
			.contains("nichts gespeichert");
		screenshot("admin-import-error");
	}

	@Test
	@Order(8)
	void pagesFitATablet() {
		browser.manage().window().setSize(new Dimension(820, 1180));
		try {
			for (String page : List.of(DIALOGUE, DIALOGUE + "/dashboard", "/admin/links", DIALOGUE + "/questions/open-where/answers", "/admin/accounts",
					DIALOGUE + "/questions/open-not-yet/themes", DIALOGUE + "/report", "/admin/import")) {
				browser.get(url(page));
				Long overflow = (Long) browser.executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(overflow).as(page + " scrolls sideways").isLessThanOrEqualTo(0L);
			}
			browser.get(url(DIALOGUE + "/questions/open-where/answers"));
			screenshot("admin-answers-tablet");
			browser.get(url("/admin/accounts"));
			screenshot("admin-accounts-tablet");
			browser.get(url(DIALOGUE + "/questions/open-not-yet/themes"));
			screenshot("admin-themes-tablet");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	/**
	 * The issue's "done when": a staff member creates a link, prints its flyer, saves its QR code (which
	 * opens exactly the link's address), and later sees on the dashboard who came through it and where they
	 * stopped. No bot is connected here, so the QR code opens the web chat.
	 */
	@Test
	@Order(9)
	void staffCreateALinkPrintItsFlyerAndSeeOnTheDashboardWhereItsPeopleStopped() throws Exception {
		browser.get(url("/admin/links"));
		browser.findElement(By.id("link-name")).sendKeys("Nachbarschaftstreff Süd", Keys.ENTER);
		waitUntil(() -> !browser.findElements(By.cssSelector(".notice")).isEmpty());
		WebElement row = browser.findElement(By.xpath("//tr[th/span[text()='Nachbarschaftstreff Süd']]"));
		String webLink = row.findElement(By.xpath(".//li[starts-with(normalize-space(.), 'Web-Chat:')]/code")).getText();
		String code = webLink.substring(webLink.indexOf("?c=") + 3);
		screenshot("admin-links");

		HttpResponse<byte[]> flyer = withBrowserSession(row.findElement(By.linkText("Flyer A4")).getAttribute("href"));
		assertThat(flyer.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(flyer.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		row.findElement(By.linkText("QR-Code PNG")).click();
		waitUntil(() -> downloaded(".png") != null);
		assertThat(qrText(downloaded(".png"))).isEqualTo(webLink);

		Citizens.answerAll(this.port, "de", code, "Im Treff kochen alle zusammen", "Wenig Busse am Abend", 4, "work");
		Citizens.answerFirst(this.port, "de", code, "Im Treff lernen wir Deutsch");
		browser.get(url("/admin/links"));
		browser.findElement(By.cssSelector("a[aria-label='Dashboard für Nachbarschaftstreff Süd']")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("/dashboard"));

		assertThat(browser.findElement(By.id("funnel-choice")).getText()).contains("Nachbarschaftstreff Süd");
		assertThat(reached("started")).isEqualTo("2");
		assertThat(reached("q1")).isEqualTo("2");
		assertThat(reached("q2")).as("one stopped after question 1").isEqualTo("1");
		assertThat(reached("q7")).isEqualTo("1");
		fullPageScreenshot("admin-dashboard-link");
		browser.get(url(DIALOGUE + "/dashboard"));
		assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSizeGreaterThanOrEqualTo(5);
		fullPageScreenshot("admin-dashboard");
	}

	private static String reached(String step) {
		return browser.findElement(By.cssSelector("#funnel tr[data-step='" + step + "'] .reached")).getText();
	}

	/** A GET with the browser's session cookie, to see what a link on the page answers. */
	private static HttpResponse<byte[]> withBrowserSession(String href) throws IOException, InterruptedException {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String qrText(Path png) throws Exception {
		BufferedImage image = ImageIO.read(png.toFile());
		return de.mitreden.links.QrDecoding.decode(image);
	}

	/**
	 * A finished download with this ending: Chromium writes to a .crdownload file first and may reserve the final
	 * name with an empty file, so wait until no .crdownload is left and the file has content.
	 */
	private static Path downloaded(String ending) {
		try (Stream<Path> files = Files.list(downloads)) {
			List<Path> all = files.toList();
			if (all.stream().anyMatch((file) -> file.toString().endsWith(".crdownload"))) {
				return null;
			}
			return all.stream().filter((file) -> file.toString().endsWith(ending) && size(file) > 0).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static String keyFigure(String label) {
		return browser.findElement(By.xpath("//dl[@class='key-figures']//dt[text()='" + label + "']/following-sibling::dd"))
			.getText();
	}

	/** Every payload calls alert(): an injected script would have left an alert open. */
	private static void assertNoScriptRan() {
		try {
			String text = browser.switchTo().alert().getText();
			fail("An injected script ran: alert '" + text + "'");
		}
		catch (org.openqa.selenium.NoAlertPresentException expected) {
			// no script ran
		}
		assertThat(browser.findElements(By.cssSelector(".answers img, .answers svg, .answers iframe, .answers script")))
			.isEmpty();
	}

	private static void screenshot(String name) {
		try {
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The whole page at once (Chromium's CDP capture beyond the window). */
	@SuppressWarnings("unchecked")
	private static void fullPageScreenshot(String name) {
		Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		long height = Math.round(((Number) size.get("height")).doubleValue());
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
				"clip", Map.of("x", 0, "y", 0, "width", 1280, "height", Math.min(height, 6000), "scale", 1)));
		try {
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void waitUntil(BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> condition.getAsBoolean());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
