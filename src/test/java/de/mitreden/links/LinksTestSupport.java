package de.mitreden.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import de.mitreden.telegram.fake.FakeBotApi;
import de.mitreden.webchat.WebChatClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application with a Telegram bot (the real TelegramBots client against a fake Bot API on
 * loopback), a temporary H2 database and the web chat; staff talk to the links API over real HTTP.
 * All links test classes share this one context; each test makes its own links (unique names).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LinksTestSupport {

	static final String ADMIN_PASSWORD = "links-test-password";

	static final String PUBLIC_URL = "https://mitreden.example.org";

	static final String DIALOGUE = "wilhelmshaven-weltoffen";

	static final FakeBotApi api = FakeBotApi.start();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("mitreden-links-test");
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.admin.password", () -> ADMIN_PASSWORD);
		registry.add("mitreden.web.public-url", () -> PUBLIC_URL + "/");
		registry.add("mitreden.telegram.bot-token", () -> FakeBotApi.TOKEN);
		registry.add("mitreden.telegram.api-url", api::url);
		registry.add("mitreden.telegram.bot-username", () -> FakeBotApi.BOT_USERNAME);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Creates a link through the API; it must answer 201. */
	JsonNode createLink(Map<String, ?> body) {
		HttpResponse<String> response = postJson("/api/links", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	String createLinkCode(String name, String language) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name));
		if (language != null) {
			body.put("language", language);
		}
		return createLink(body).get("code").asString();
	}

	HttpResponse<String> postJson(String path, Map<String, ?> body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postRaw(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> patchJson(String path, Map<String, ?> body) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path) {
		return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A request without credentials (the public multiplier page, or a check for 401). */
	HttpResponse<String> getAnonymously(String path, String acceptLanguage) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The link's counts as the staff API lists them. */
	JsonNode counts(String code) {
		HttpResponse<String> response = get("/api/links/" + code);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("counts");
	}

	WebChatClient webCitizen(String language) {
		return new WebChatClient(this.port, language);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", WebChatClient.basic("admin", ADMIN_PASSWORD));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
