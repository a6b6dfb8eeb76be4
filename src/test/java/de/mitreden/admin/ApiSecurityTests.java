package de.mitreden.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import de.mitreden.webchat.WebChatClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export API over real HTTP: only the admin account gets data; everybody else gets 401, no
 * redirect and nothing of the answers. The chat stays public and keeps its security headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiSecurityTests {

	private static final String PASSWORD = "correct horse battery staple";

	/** A citizen's answer, so that a leak in a 401 body would be visible. */
	private static final String MARKER = "Beim Hafenfest reden alle miteinander";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-security-test");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.username", () -> "staff");
		registry.add("mitreden.admin.password", () -> PASSWORD);
	}

	@BeforeEach
	void oneCitizenAnswered() {
		WebChatClient citizen = new WebChatClient(this.port, "de");
		citizen.start(null);
		if (citizen.buttons().contains("L:de")) {
			citizen.press("L:de");
		}
		citizen.press("c");
		citizen.type(MARKER);
	}

	@Test
	void exportWithoutCredentialsIsRefusedWithoutData() throws Exception {
		HttpResponse<String> response = get("/api/answers.csv", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(challenge) -> assertThat(challenge).startsWith("Basic"));
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).doesNotContain(MARKER).doesNotContain("respondent");
	}

	@Test
	void exportWithWrongPasswordIsRefusedWithoutData() throws Exception {
		HttpResponse<String> csv = get("/api/answers.csv", basic("staff", "wrong"));
		HttpResponse<String> json = get("/api/answers.json", basic("admin", PASSWORD));

		assertThat(csv.statusCode()).isEqualTo(401);
		assertThat(csv.body()).doesNotContain(MARKER);
		assertThat(json.statusCode()).isEqualTo(401);
		assertThat(json.body()).doesNotContain(MARKER);
	}

	@Test
	void exportWithTheAdminAccountGivesTheAnswers() throws Exception {
		HttpResponse<String> response = get("/api/answers.csv", basic("staff", PASSWORD));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(MARKER);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void chatAndHealthArePublic() throws Exception {
		assertThat(get("/chat", null).statusCode()).isEqualTo(200);
		assertThat(get("/chat/chat.js", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
	}

	@Test
	void otherActuatorEndpointsNeedTheAdminAccount() throws Exception {
		assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/info", basic("staff", PASSWORD)).statusCode()).isEqualTo(200);
	}

	@Test
	void chatPageAllowsNoInlineScriptAndNoForeignResources() throws Exception {
		HttpResponse<String> page = get("/chat", null);

		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
		assertThat(page.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]");
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String basic(String user, String password) {
		return WebChatClient.basic(user, password);
	}

}
