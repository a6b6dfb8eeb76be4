package de.mitreden.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mitreden.webchat.WebChatClient;
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
 * The dashboard over real HTTP with citizens who stopped at known places in the web chat: the funnel for
 * everyone, per language and per channel, the participation per day, the ratings, and profile groups
 * below 5 shown as "weniger als 5".
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTests {

	static final String DASHBOARD = "/admin/dialogues/wilhelmshaven-weltoffen/dashboard";

	static final String PASSWORD = "dashboard test password";

	/** The steps in order: began, agreed, then questions 1 to 7 behind them. */
	static final List<String> STEPS = List.of("started", "consented", "q1", "q2", "q3", "q4", "q5", "q6", "q7");

	private static final Pattern STEP = Pattern.compile("<tr data-step=\"([a-z0-9]+)\">.*?<td class=\"num reached\">([^<]*)</td>"
			+ ".*?<td class=\"num drop\">([^<]*)</td>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private StaffClient staff;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-dashboard");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.password", () -> PASSWORD);
	}

	/**
	 * 15 people began: 6 finished in German on the web (aged 30–49, rating 4), 3 finished in English through
	 * the link verein42 (aged 18–29, rating 2), 1 finished in German on the web (aged 50–64, rating 5) and
	 * then started again with /restart, 2 wrote one thought in Turkish and stopped, 1 agreed through verein42
	 * and stopped, 1 stopped before the profile questions (verein42, rating 3), 1 never agreed.
	 */
	@BeforeAll
	void citizensStoppedAtKnownPlaces() {
		de.mitreden.links.TestLinks.ensure(this.jdbc, "verein42");
		for (int i = 0; i < 6; i++) {
			finish(Citizens.begin(this.port, "de", null), 4, "30-49");
		}
		for (int i = 0; i < 3; i++) {
			finish(Citizens.begin(this.port, "en", "verein42"), 2, "18-29");
		}
		WebChatClient restarting = Citizens.begin(this.port, "de", null);
		finish(restarting, 5, "50-64");
		restarting.command("restart");
		Citizens.answerFirst(this.port, "tr", null, "Limanda herkes konuşuyor");
		Citizens.answerFirst(this.port, "tr", null, "Pazarda herkes selamlaşıyor");
		Citizens.begin(this.port, "de", "verein42");
		throughFields(Citizens.begin(this.port, "de", "verein42"), 3);
		new WebChatClient(this.port, "de").start(null);
		this.staff = new StaffClient(this.port).login("admin", PASSWORD);
	}

	@Test
	void theFunnelShowsWherePeopleStopped() {
		Map<String, String[]> funnel = funnel(this.staff.get(DASHBOARD).body());

		assertThat(reached(funnel)).containsExactly("15", "14", "13", "11", "11", "11", "10", "10", "10");
		assertThat(drops(funnel)).containsExactly("–", "1", "1", "2", "0", "0", "1", "0", "0");
	}

	@Test
	void aRestartedParticipantWhoFinishedStillCountsAsFinished() {
		Map<String, String[]> funnel = funnel(this.staff.get(DASHBOARD + "?language=de&channel=web").body());

		assertThat(reached(funnel)).as("not counted per language: nothing is stored before consent")
			.containsExactly("nicht erfasst", "7", "7", "7", "7", "7", "7", "7", "7");
	}

	@Test
	void theFunnelOfOneChannelShowsThePeopleOfThatLink() {
		String page = this.staff.get(DASHBOARD + "?channel=verein42").body();

		assertThat(reached(funnel(page))).containsExactly("5", "5", "4", "4", "4", "4", "3", "3", "3");
		assertThat(drops(funnel(page))).containsExactly("–", "0", "1", "0", "0", "0", "1", "0", "0");
		assertThat(page).contains("Kanal Test link verein42");
	}

	@Test
	void theFunnelOfOneLanguageStartsWithTheConsent() {
		assertThat(reached(funnel(this.staff.get(DASHBOARD + "?language=tr").body())))
			.containsExactly("nicht erfasst", "2", "2", "0", "0", "0", "0", "0", "0");
		assertThat(reached(funnel(this.staff.get(DASHBOARD + "?language=en").body())))
			.containsExactly("nicht erfasst", "3", "3", "3", "3", "3", "3", "3", "3");
	}

	@Test
	void theFunnelIsAlsoSplitByLanguageAndChannelInTables() {
		String page = this.staff.get(DASHBOARD).body();

		assertThat(page).contains("Schritte nach Sprache und nach Kanal", "Türkisch", "Test link verein42", "Web-Chat");
	}

	@Test
	void participationPerDayCountsBeganAgreedAndCompleted() {
		String page = this.staff.get(DASHBOARD).body();

		assertThat(page).contains("<title id=\"time-title\">Teilnahme je Tag</title>");
		assertThat(page).containsPattern("<td class=\"num\">15</td>\\s*<td class=\"num\">14</td>\\s*<td class=\"num\">10</td>");
		assertThat(page).containsPattern("<polyline fill=\"none\" points=\"[0-9, ]+\"");
	}

	@Test
	void theRatingsAreBarsWithTheirNumbersAndAlsoSplitByLanguageAndChannel() {
		String page = this.staff.get(DASHBOARD).body();

		assertThat(barValue(page, "4")).isEqualTo("6 (55 %)");
		assertThat(barValue(page, "2")).isEqualTo("3 (27 %)");
		assertThat(barValue(page, "5 – sehr offen")).isEqualTo("1 (9 %)");
		String rating = page.substring(page.indexOf("id=\"bewertung-3\""), page.indexOf("id=\"profile-heading\""));
		assertThat(rating).contains("Nach Sprache und nach Kanal", "Englisch", "verein42");
	}

	@Test
	void aProfileGroupOfFewerThanFivePeopleShowsWenigerAls5() {
		String page = this.staff.get(DASHBOARD).body();

		assertThat(barValue(page, "30 bis 49")).isEqualTo("6");
		assertThat(barValue(page, "18 bis 29")).as("3 people").isEqualTo("weniger als 5");
		assertThat(barValue(page, "50 bis 64")).as("1 person").isEqualTo("weniger als 5");
		assertThat(barValue(page, "unter 18")).isEqualTo("0");
	}

	@Test
	void withoutLoginTheDashboardRedirectsToTheLoginPage() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + DASHBOARD)).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
			.endsWith("/admin/login"));
	}

	@Test
	void theOverviewAndTheLinksPageLeadToTheDashboard() {
		assertThat(this.staff.get("/admin/dialogues/wilhelmshaven-weltoffen").body()).contains("href=\"" + DASHBOARD + "\"");
		assertThat(this.staff.get("/admin/links").body()).contains("href=\"" + DASHBOARD + "?channel=verein42\"");
	}

	/** From question 1 to the fields of action (question 4); stops before the profile. */
	private static void throughFields(WebChatClient citizen, int rating) {
		citizen.type("Am Hafen");
		citizen.press("n:");
		citizen.type("Bei den Ämtern");
		citizen.press("n:");
		citizen.press("a:2:" + rating);
		citizen.press("t:3:work");
		citizen.press("d:3");
	}

	/** Through to the thanks: answers the age, skips home or work, answers the last question. */
	private static void finish(WebChatClient citizen, int rating, String age) {
		throughFields(citizen, rating);
		citizen.press("a:4:" + age);
		citizen.press("s:5");
		citizen.press("a:6:no");
	}

	/** Step key to {reached, drop}, in page order. */
	private static Map<String, String[]> funnel(String page) {
		String table = page.substring(page.indexOf("<table id=\"funnel\">"));
		table = table.substring(0, table.indexOf("</table>"));
		Map<String, String[]> steps = new LinkedHashMap<>();
		Matcher step = STEP.matcher(table);
		while (step.find()) {
			steps.put(step.group(1), new String[] { step.group(2), step.group(3) });
		}
		assertThat(steps.keySet()).containsExactlyElementsOf(STEPS);
		return steps;
	}

	private static List<String> reached(Map<String, String[]> funnel) {
		return funnel.values().stream().map((step) -> step[0]).toList();
	}

	private static List<String> drops(Map<String, String[]> funnel) {
		return funnel.values().stream().map((step) -> step[1]).toList();
	}

	/** The number written after the bar of that label (the first chart that has it). */
	private static String barValue(String page, String label) {
		Matcher bar = Pattern.compile("<g data-label=\"" + Pattern.quote(label) + "\">.*?<text class=\"bar-value\"[^>]*>([^<]*)</text>",
				Pattern.DOTALL).matcher(page);
		assertThat(bar.find()).as("a bar labelled " + label).isTrue();
		return bar.group(1);
	}

}
