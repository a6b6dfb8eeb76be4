package de.mitreden.webchat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web chat over real HTTP, against the real engine and a real H2 database in a temporary
 * directory: the whole dialogue through the JSON API (then the staff export shows what was
 * answered), and the page in the participant's language.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebChatHttpTests {

	static final String ADMIN_PASSWORD = "test-admin-password";

	@LocalServerPort
	int port;

	private String unique;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-webchat-test");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.password", () -> ADMIN_PASSWORD);
		registry.add("mitreden.web.public-url", () -> "https://mitreden.example.org/");
	}

	@BeforeEach
	void uniqueAnswers(@org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		// A multiplier code counts only while a link with it exists (links module).
		de.mitreden.links.TestLinks.ensure(jdbc, "verein42");
	}

	@Test
	void wholeDialogueWithAMultiplierCodeIsExportedUnderThatChannel() {
		WebChatClient citizen = new WebChatClient(this.port, "de-DE");
		startAndConsent(citizen, "verein42");

		citizen.type("Im Sportverein spielen alle zusammen " + this.unique);
		citizen.press("m:");
		citizen.type("Auf dem Wochenmarkt " + this.unique);
		citizen.press("n:");
		citizen.type("Bei Ämtern ist es schwer " + this.unique);
		citizen.press("n:");
		citizen.press("a:2:4");
		JsonNode toggled = citizen.press("t:3:work");
		assertThat(toggled.get("replies").get(0).get("replaces").asBoolean()).as("a tick replaces the question")
			.isTrue();
		citizen.press("t:3:togetherness");
		citizen.press("d:3");
		citizen.press("a:4:30-49");
		citizen.press("s:5");
		citizen.press("a:6:rather-not-say");

		assertThat(String.join("\n", citizen.texts())).as("the thanks share the web chat")
			.contains("https://mitreden.example.org/chat");
		List<CSVRecord> answers = answersOf(citizen, "Im Sportverein spielen alle zusammen " + this.unique);
		assertThat(answers).extracting((row) -> row.get("channel")).containsOnly("verein42");
		assertThat(answers).extracting((row) -> row.get("language")).containsOnly("de");
		assertThat(answers).extracting((row) -> row.get("answer"))
			.contains("Im Sportverein spielen alle zusammen " + this.unique, "Auf dem Wochenmarkt " + this.unique,
					"Bei Ämtern ist es schwer " + this.unique, "4", "30-49", "rather-not-say")
			.anySatisfy((answer) -> assertThat(answer).contains("work"))
			.anySatisfy((answer) -> assertThat(answer).contains("togetherness"));
		assertThat(answers).extracting((row) -> row.get("question")).doesNotContain("lives-works");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "de", "en", "tr", "ar", "uk", "ru" })
	void aPersonCompletesTheWholeDialogueInEachLanguage(String language) {
		WebChatClient citizen = new WebChatClient(this.port, language);
		citizen.start("sprache-" + language);
		List<String> welcome = citizen.texts();
		citizen.press("c");
		citizen.type("Antwort eins " + this.unique);
		citizen.press("n:");
		citizen.type("Antwort zwei " + this.unique);
		citizen.press("n:");
		citizen.press("a:2:3");
		citizen.press("t:3:work");
		citizen.press("d:3");
		citizen.press("s:4");
		citizen.press("a:5:lives");
		JsonNode thanks = citizen.press("a:6:no");

		assertThat(thanks.get("lang").asString()).isEqualTo(language);
		assertThat(thanks.get("dir").asString()).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
		assertThat(String.join("\n", citizen.texts())).as("the thanks with the link to share")
			.contains("https://mitreden.example.org/chat");
		if (!"de".equals(language)) {
			assertThat(welcome).as("the welcome is written in %s, not German", language)
				.noneMatch((text) -> text.contains("Guten Tag"));
		}
		List<CSVRecord> answers = answersOf(citizen, "Antwort eins " + this.unique);
		assertThat(answers).extracting((row) -> row.get("language")).containsOnly(language);
		assertThat(answers).extracting((row) -> row.get("question"))
			.containsExactlyInAnyOrder("open-where", "open-not-yet", "how-open", "fields", "lives-works",
					"immigration");
	}

	@Test
	void aBrowserFloodingTheChatIsAskedKindlyToSlowDown() {
		WebChatClient flooding = new WebChatClient(this.port, "de");
		String resume = "{\"id\":\"" + flooding.id() + "\",\"resume\":true,\"language\":\"de\"}";
		int status = 200;
		String body = "";
		for (int i = 0; i < 100 && status == 200; i++) {
			var response = flooding.post(resume);
			status = response.statusCode();
			body = response.body();
		}

		assertThat(status).isEqualTo(429);
		assertThat(body).contains("Bitte warten Sie kurz");
		assertThat(new WebChatClient(this.port, "de").resume().get("replies")).as("others still get through")
			.isNotEmpty();
	}

	@Test
	void aStartWithoutCodeCountsAsWeb() {
		WebChatClient citizen = new WebChatClient(this.port, "de");
		startAndConsent(citizen, null);
		citizen.type("Ohne Code " + this.unique);

		assertThat(answersOf(citizen, "Ohne Code " + this.unique)).extracting((row) -> row.get("channel"))
			.containsOnly("web");
	}

	@Test
	void anInvalidCodeIsIgnored() {
		WebChatClient citizen = new WebChatClient(this.port, "de");
		startAndConsent(citizen, "verein 42; DROP TABLE");
		citizen.type("Falscher Code " + this.unique);

		assertThat(answersOf(citizen, "Falscher Code " + this.unique)).extracting((row) -> row.get("channel"))
			.containsOnly("web");
	}

	@Test
	void aReloadContinuesWhereTheParticipantWas() {
		WebChatClient citizen = new WebChatClient(this.port, "de");
		startAndConsent(citizen, "verein42");
		citizen.type("Vor dem Neuladen " + this.unique);
		List<String> secondQuestion = citizen.texts(citizen.press("n:"));
		int storedBefore = citizen.export("admin", ADMIN_PASSWORD).size();

		WebChatClient reloaded = new WebChatClient(this.port, citizen.id(), "de");
		reloaded.resume();

		assertThat(reloaded.texts()).last().isEqualTo(secondQuestion.get(secondQuestion.size() - 1));
		assertThat(reloaded.export("admin", ADMIN_PASSWORD)).as("a reload stores nothing").hasSize(storedBefore);
		reloaded.type("Nach dem Neuladen " + this.unique);
		assertThat(answersOf(reloaded, "Nach dem Neuladen " + this.unique))
			.filteredOn((row) -> row.get("answer").startsWith("Nach dem Neuladen"))
			.extracting((row) -> row.get("question"))
			.containsExactly("open-not-yet");
	}

	@Test
	void thePageSwitchesToTheLanguageTheParticipantChoosesInTheDialogue() {
		WebChatClient citizen = new WebChatClient(this.port, "ar");
		citizen.start(null);
		citizen.type("/language");

		JsonNode answer = citizen.press("L:en");

		assertThat(answer.get("lang").asString()).isEqualTo("en");
		assertThat(answer.get("dir").asString()).isEqualTo("ltr");
		assertThat(answer.get("replies").get(0).get("lang").asString()).isEqualTo("en");
		assertThat(answer.get("page").toString()).contains("Send");
	}

	@Test
	void typedCommandsWorkAsInTelegram() {
		WebChatClient citizen = new WebChatClient(this.port, "de");
		citizen.start(null);

		citizen.type("/language");

		assertThat(citizen.buttons()).contains("L:de", "L:en");
	}

	@Test
	void aTooLongTextIsAnsweredKindlyAndNotStored() {
		WebChatClient citizen = new WebChatClient(this.port, "de");
		startAndConsent(citizen, null);
		String tooLong = "Lang " + this.unique + " " + "x".repeat(2001);

		citizen.type(tooLong);

		assertThat(String.join(" ", citizen.texts())).contains(String.valueOf(tooLong.length()));
		assertThat(citizen.export("admin", ADMIN_PASSWORD)).extracting((row) -> row.get("answer"))
			.noneSatisfy((answer) -> assertThat(answer).contains(this.unique));
	}

	@Test
	void anIdThatIsNoUuidIsRefusedWithAMessage() {
		WebChatClient client = new WebChatClient(this.port, "192.168.1.20", "de");

		var response = client.post("{\"id\":\"192.168.1.20\",\"text\":\"Hallo\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"error\"");
	}

	@Test
	void absurdBodiesAndMalformedRequestsAreRefused() {
		WebChatClient client = new WebChatClient(this.port, "de");
		String id = client.id();

		assertThat(client.post("{\"id\":\"" + id + "\",\"text\":\"" + "x".repeat(17_000) + "\"}").statusCode())
			.isEqualTo(413);
		assertThat(client.post("not json").statusCode()).isEqualTo(400);
		assertThat(client.post("{\"id\":\"" + id + "\"}").statusCode()).isEqualTo(400);
		assertThat(client.post("{\"id\":\"" + id + "\",\"text\":\"a\",\"press\":\"c\"}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void theChatUsesNoCookies() {
		WebChatClient client = new WebChatClient(this.port, "de");
		var response = client.post("{\"id\":\"" + client.id() + "\",\"command\":\"start\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(client.get("/chat", null).headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void thePageSpeaksTheLanguageTheLinkAsksFor() {
		String arabic = page("/chat?lang=ar", null);
		String english = page("/chat?lang=en-GB", null);

		assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">");
		assertThat(english).contains("<html lang=\"en\" dir=\"ltr\">");
	}

	@Test
	void thePageFollowsTheBrowsersLanguages() {
		assertThat(page("/chat", "fr-FR,fr;q=0.9,en;q=0.8")).contains("<html lang=\"en\" dir=\"ltr\">");
		assertThat(page("/chat", "fr-FR")).contains("<html lang=\"de\" dir=\"ltr\">");
		assertThat(page("/chat", null)).contains("<html lang=\"de\" dir=\"ltr\">");
	}

	@Test
	void theMultiplierCodeReachesTheScriptEscaped() {
		assertThat(page("/chat?c=verein42", null)).contains("data-code=\"verein42\"");
		assertThat(page("/chat?c=%22%3E%3Cscript%3E", null)).doesNotContain("\"><script>")
			.contains("data-code=\"&quot;&gt;&lt;script&gt;\"");
	}

	@Test
	void theServersAddressLeadsToTheChat() {
		var response = new WebChatClient(this.port, "de").get("/", null);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/chat"));
	}

	private String page(String path, String acceptLanguage) {
		java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + path));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		try {
			var response = java.net.http.HttpClient.newHttpClient()
				.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (IOException | InterruptedException ex) {
			throw new AssertionError(ex);
		}
	}

	/** Starts, picks German if asked for a language, and agrees. */
	private static void startAndConsent(WebChatClient citizen, String code) {
		citizen.start(code);
		if (citizen.buttons().contains("L:de")) {
			citizen.press("L:de");
		}
		citizen.press("c");
	}

	/** All exported answers of the respondent who gave {@code answer}. */
	private static List<CSVRecord> answersOf(WebChatClient client, String answer) {
		List<CSVRecord> all = client.export("admin", ADMIN_PASSWORD);
		String respondent = all.stream()
			.filter((row) -> row.get("answer").equals(answer))
			.map((row) -> row.get("respondent"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("answer not exported: " + answer));
		return all.stream().filter((row) -> row.get("respondent").equals(respondent)).toList();
	}

}
