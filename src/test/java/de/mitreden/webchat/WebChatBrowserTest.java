package de.mitreden.webchat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A citizen completes the dialogue in Arabic in a real browser (headless Debian Chromium through
 * ChromeDriver): the page reads right to left, the buttons work with the keyboard, and a reload
 * continues the conversation. Chromium missing is a failure, not a skip: CI installs it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebChatBrowserTest {

	static final String LANGUAGE = "ar";

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String ADMIN_PASSWORD = "browser-test-admin";

	private static Path profile;

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-browser-test");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.password", () -> ADMIN_PASSWORD);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
					+ ". Install them with: apt-get install -y chromium chromium-driver (.ci/run does this).");
		}
		// Selenium Manager must not download anything: driver and browser are named explicitly.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		profile = Files.createTempDirectory("mitreden-chromium-profile");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options());
	}

	private static ChromeOptions options() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=390,844", "--lang=en-US", "--user-data-dir=" + profile);
		return options;
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@BeforeEach
	void newParticipant() {
		browser.get(url("/chat/icon.svg"));
		browser.executeScript("window.localStorage.clear()");
	}

	@Test
	void aCitizenCompletesTheDialogueInArabicFromRightToLeft(
			@org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		// A multiplier code counts only while a link with it exists (links module).
		de.mitreden.links.TestLinks.ensure(jdbc, "verein42");
		browser.get(url("/chat?lang=" + LANGUAGE + "&c=verein42"));
		WebElement consent = waitForButton("c");

		assertThat(html().getAttribute("dir")).isEqualTo("rtl");
		assertThat(html().getAttribute("lang")).isEqualTo(LANGUAGE);
		WebElement bubble = lastBotBubble();
		assertThat(bubble.getCssValue("direction")).isEqualTo("rtl");
		assertThat(bubble.getAttribute("lang")).isEqualTo(LANGUAGE);
		assertAlignedToTheRight(bubble);

		consent.sendKeys(Keys.ENTER);
		WebElement field = waitForFocusOn(By.id("message"));
		field.sendKeys("في النادي الرياضي يلعب الجميع معا", Keys.ENTER);
		WebElement more = waitForButton("m:");
		assertThat(browser.switchTo().activeElement()).as("focus moves to the first new button").isEqualTo(more);
		waitForButton("n:").sendKeys(Keys.SPACE);
		waitForFocusOn(By.id("message")).sendKeys("في المكاتب الحكومية الأمر صعب", Keys.ENTER);
		waitForButton("n:").click();
		waitForButton("a:2:4").click();
		waitForButton("t:3:work").click();
		waitUntil(() -> !busy());
		assertThat(browser.switchTo().activeElement().getAttribute("data-press")).as("focus stays on the ticked option")
			.isEqualTo("t:3:work");
		screenshot("chat-" + LANGUAGE + "-multiple-choice");
		waitForButton("d:3").click();
		waitForButton("a:4:30-49").click();
		waitForButton("s:5").click();
		waitForButton("a:6:rather-not-say").click();
		waitUntil(() -> !busy() && lastBotBubble().getText().contains("/chat"));

		assertThat(lastBotBubble().getCssValue("direction")).isEqualTo("rtl");
		screenshot("chat-" + LANGUAGE + "-thanks");
		List<CSVRecord> exported = new WebChatClient(this.port, LANGUAGE).export("admin", ADMIN_PASSWORD);
		assertThat(exported).filteredOn((row) -> row.get("answer").equals("في النادي الرياضي يلعب الجميع معا"))
			.extracting((row) -> row.get("channel"), (row) -> row.get("language"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("verein42", LANGUAGE));
	}

	@Test
	void aReloadContinuesTheConversationInTheParticipantsLanguage() {
		browser.get(url("/chat?lang=" + LANGUAGE));
		waitForButton("c").click();
		waitForFocusOn(By.id("message")).sendKeys("قبل إعادة التحميل", Keys.ENTER);
		waitForButton("n:");
		String shown = lastBotBubble().getText();

		browser.get(url("/chat"));
		waitForButton("n:");

		assertThat(lastBotBubble().getText()).isEqualTo(shown);
		assertThat(html().getAttribute("dir")).isEqualTo("rtl");
		assertThat(html().getAttribute("lang")).isEqualTo(LANGUAGE);
		assertThat(browser.findElement(By.id("message")).getAttribute("placeholder")).isNotBlank();
	}

	private void assertAlignedToTheRight(WebElement bubble) {
		Rectangle log = browser.findElement(By.id("log")).getRect();
		Rectangle message = bubble.getRect();
		int toRightEdge = (log.getX() + log.getWidth()) - (message.getX() + message.getWidth());
		int toLeftEdge = message.getX() - log.getX();
		assertThat(toRightEdge).as("the bot bubble sits at the right edge").isLessThan(24);
		assertThat(toLeftEdge).as("and leaves room on the left").isGreaterThan(toRightEdge);
	}

	/** An enabled answer button of the newest message, once the page is idle again. */
	private WebElement waitForButton(String dataPrefix) {
		By button = By.cssSelector(".msg.bot button[data-press^='" + dataPrefix + "']:not(:disabled)");
		waitUntil(() -> !busy() && !browser.findElements(button).isEmpty());
		return browser.findElement(button);
	}

	private WebElement waitForFocusOn(By target) {
		waitUntil(() -> !busy() && browser.switchTo().activeElement().equals(browser.findElement(target)));
		return browser.findElement(target);
	}

	private boolean busy() {
		return "true".equals(browser.findElement(By.id("log")).getAttribute("aria-busy"))
				|| !browser.findElements(By.cssSelector(".typing")).isEmpty();
	}

	private WebElement lastBotBubble() {
		List<WebElement> bubbles = browser.findElements(By.cssSelector(".msg.bot:not(.typing) .bubble"));
		assertThat(bubbles).isNotEmpty();
		return bubbles.get(bubbles.size() - 1);
	}

	/** Kept in target/screenshots for people to look at (CI can archive them). */
	private static void screenshot(String name) {
		try {
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private WebElement html() {
		return browser.findElement(By.tagName("html"));
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> condition.getAsBoolean());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
