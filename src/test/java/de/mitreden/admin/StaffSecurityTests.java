package de.mitreden.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * Who may see and change what in the staff admin web, over real HTTP: every page needs a login, staff
 * cannot manage accounts, every form needs its CSRF token, staff accounts work for the export API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffSecurityTests {

	static final String ADMIN = "chefin";

	static final String ADMIN_PASSWORD = "admin password for tests";

	static final String DIALOGUE = "/admin/dialogues/wilhelmshaven-weltoffen";

	static final String ANSWERS = DIALOGUE + "/questions/open-where/answers";

	/** Every page of the admin web (GET). */
	static final List<String> PAGES = List.of("/admin", DIALOGUE, ANSWERS, ANSWERS + "?q=Hafen&language=de",
			"/admin/import", DIALOGUE + "/report", DIALOGUE + "/report.xlsx", "/admin/accounts", DIALOGUE + "/dashboard",
			DIALOGUE + "/dashboard?language=de&channel=web");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-staff-security");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.username", () -> ADMIN);
		registry.add("mitreden.admin.password", () -> ADMIN_PASSWORD);
	}

	@BeforeAll
	void staffAndOneAnswer() {
		this.accounts.create("mitarbeiter", "staff password for tests", StaffRole.STAFF);
		this.accounts.create("ehemalig", "former password for tests", StaffRole.STAFF);
		this.accounts.setActive(this.accounts.list().stream().filter((a) -> a.getUsername().equals("ehemalig")).findFirst()
			.orElseThrow().getId(), false);
		Citizens.answerFirst(this.port, "de", null, "Am Hafen grüßen sich alle");
	}

	@Test
	void everyPageWithoutLoginRedirectsToTheLoginPage() throws Exception {
		for (String page : PAGES) {
			HttpResponse<String> response = get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));
			assertThat(response.body()).as(page).doesNotContain("Hafen");
		}
	}

	@Test
	void everyPageAfterLoginIsShownToTheAdmin() {
		StaffClient admin = new StaffClient(this.port).login(ADMIN, ADMIN_PASSWORD);
		assertThat(admin.get("/admin").headers().firstValue("Location")).as("one dialogue: straight to it")
			.hasValueSatisfying((location) -> assertThat(location).endsWith(DIALOGUE));
		for (String page : PAGES.subList(1, PAGES.size())) {
			assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
		}
		assertThat(admin.get(ANSWERS).body()).contains("Am Hafen grüßen sich alle");
	}

	@Test
	void staffSeeThePagesButCannotManageAccounts() {
		StaffClient staff = new StaffClient(this.port).login("mitarbeiter", "staff password for tests");
		assertThat(staff.get(ANSWERS).statusCode()).isEqualTo(200);
		assertThat(staff.get("/admin").body()).doesNotContain("/admin/accounts");

		assertThat(staff.get("/admin/accounts").statusCode()).isEqualTo(403);
		HttpResponse<String> create = staff.post("/admin/accounts",
				Map.of("username", "eindringling", "password", "a long enough password", "role", "ADMIN"));
		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(this.accounts.list()).extracting(StaffAccountEntity::getUsername).doesNotContain("eindringling");
	}

	@Test
	void aDeactivatedAccountLosesItsOpenSession() {
		this.accounts.create("bald-weg", "soon gone password", StaffRole.STAFF);
		StaffClient leaving = new StaffClient(this.port).login("bald-weg", "soon gone password");
		assertThat(leaving.get(ANSWERS).statusCode()).isEqualTo(200);

		StaffClient admin = new StaffClient(this.port).login(ADMIN, ADMIN_PASSWORD);
		admin.get("/admin/accounts");
		long id = this.accounts.list().stream().filter((a) -> a.getUsername().equals("bald-weg")).findFirst().orElseThrow()
			.getId();
		admin.post("/admin/accounts/" + id + "/active", Map.of("active", "false"));

		HttpResponse<String> after = leaving.get(ANSWERS);
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.body()).doesNotContain("Hafen");
		assertThat(leaving.get(ANSWERS).headers().firstValue("Location").orElse("")).endsWith("/admin/login");
	}

	@Test
	void wrongPasswordAndDeactivatedAccountCannotLogIn() {
		StaffClient client = new StaffClient(this.port);
		for (Map<String, String> attempt : List.of(Map.of("username", ADMIN, "password", "wrong"),
				Map.of("username", "ehemalig", "password", "former password for tests"),
				Map.of("username", "niemand", "password", "staff password for tests"))) {
			HttpResponse<String> response = client.post("/admin/login", attempt);
			assertThat(response.headers().firstValue("Location")).as(attempt.get("username"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error"));
		}
		assertThat(client.get(ANSWERS).statusCode()).isEqualTo(302);
	}

	@Test
	void everyFormNeedsItsCsrfToken() {
		StaffClient admin = new StaffClient(this.port).login(ADMIN, ADMIN_PASSWORD);
		admin.get("/admin/accounts");
		Map<String, Map<String, String>> forms = Map.of(ANSWERS + "/1/hide", Map.of("reason", "Test"),
				ANSWERS + "/1/show", Map.of(), "/admin/accounts",
				Map.of("username", "ohne-token", "password", "a long enough password", "role", "STAFF"),
				"/admin/accounts/1/password", Map.of("password", "a long enough password"),
				"/admin/accounts/1/active", Map.of("active", "false"), "/admin/accounts/1/role",
				Map.of("role", "ADMIN"), "/admin/logout", Map.of(), "/admin/login",
				Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
		forms.forEach((path, fields) -> assertThat(admin.postWithoutToken(path, fields).statusCode()).as(path)
			.isEqualTo(403));
		assertThat(admin.upload("/admin/import", Map.of("target", "wilhelmshaven-weltoffen/open-where", "language", "de"),
				"a.csv", "text\nohne Token\n".getBytes(StandardCharsets.UTF_8), false).statusCode()).isEqualTo(403);
		assertThat(this.accounts.list()).extracting(StaffAccountEntity::getUsername).doesNotContain("ohne-token");
		assertThat(admin.get(ANSWERS).statusCode()).as("still logged in").isEqualTo(200);
	}

	@Test
	void loginGivesANewSessionAndLogoutEndsIt() {
		StaffClient client = new StaffClient(this.port);
		client.get("/admin/login");
		client.post("/admin/login", Map.of("username", "x", "password", "y"));
		String before = client.sessionId();
		client.login(ADMIN, ADMIN_PASSWORD);
		assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);

		client.get(DIALOGUE);
		HttpResponse<String> logout = client.post("/admin/logout", Map.of());
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/admin/login?logout"));
		assertThat(client.get(ANSWERS).statusCode()).isEqualTo(302);
	}

	@Test
	void staffPagesAreNeverCachedOrFramedAndRunOnlyOwnScripts() {
		StaffClient admin = new StaffClient(this.port).login(ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get(ANSWERS);
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//")
			.doesNotContainPattern("<script>|<script [^>]*>[^<]")
			.doesNotContainPattern(" on[a-z]+=\"")
			.doesNotContainPattern(" style=\"");
	}

	@Test
	void theExportApiTakesStaffAccountsButNotTheLoginForm() throws Exception {
		assertThat(get("/api/answers.csv").statusCode()).isEqualTo(401);
		HttpResponse<String> staff = this.http.send(HttpRequest.newBuilder(uri("/api/answers.csv"))
			.header("Authorization", WebChatClient.basic("mitarbeiter", "staff password for tests"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(staff.statusCode()).isEqualTo(200);
		assertThat(staff.body()).contains("Am Hafen grüßen sich alle");
		HttpResponse<String> former = this.http.send(HttpRequest.newBuilder(uri("/api/answers.csv"))
			.header("Authorization", WebChatClient.basic("ehemalig", "former password for tests"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(former.statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
