package de.mitreden.webchat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser talking to the web chat's JSON API over real HTTP, as the page's script does. Test
 * support for the web chat's and the security tests.
 */
public class WebChatClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String id;

	private final String language;

	private JsonNode last;

	public WebChatClient(int port, String language) {
		this(port, UUID.randomUUID().toString(), language);
	}

	public WebChatClient(int port, String id, String language) {
		this.baseUrl = "http://localhost:" + port;
		this.id = id;
		this.language = language;
	}

	public String id() {
		return this.id;
	}

	public JsonNode start(String code) {
		return send(Map.of("command", "start", "argument", code == null ? "" : code));
	}

	public JsonNode resume() {
		return send(Map.of("resume", true));
	}

	public JsonNode type(String text) {
		return send(Map.of("text", text));
	}

	public JsonNode command(String name) {
		return send(Map.of("command", name));
	}

	/** Presses the button of the latest answer whose data starts with {@code prefix}; it must be offered. */
	public JsonNode press(String prefix) {
		String data = buttons().stream()
			.filter((button) -> button.startsWith(prefix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button '" + prefix + "' offered; buttons: " + buttons()
					+ "; texts: " + texts()));
		return send(Map.of("press", data));
	}

	/** The button data of the latest answer, all messages. */
	public List<String> buttons() {
		List<String> data = new ArrayList<>();
		this.last.get("replies")
			.forEach((reply) -> reply.get("buttons")
				.forEach((row) -> row.forEach((button) -> data.add(button.get("data").asString()))));
		return data;
	}

	/** The texts of the latest answer's messages. */
	public List<String> texts() {
		return texts(this.last);
	}

	public List<String> texts(JsonNode answer) {
		List<String> texts = new ArrayList<>();
		answer.get("replies").forEach((reply) -> texts.add(reply.get("text").asString()));
		return texts;
	}

	public JsonNode last() {
		return this.last;
	}

	/** Sends one request; the answer must be 200 with JSON. */
	public JsonNode send(Map<String, ?> message) {
		HttpResponse<String> response = post(withIdAndLanguage(message));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		this.last = JSON.readTree(response.body());
		return this.last;
	}

	public HttpResponse<String> post(String body) {
		return exchange(HttpRequest.newBuilder(URI.create(this.baseUrl + "/chat/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> get(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return exchange(request.build());
	}

	/** The export as CSV records, read with the admin account. */
	public List<CSVRecord> export(String user, String password) {
		HttpResponse<String> response = get("/api/answers.csv", basic(user, password));
		assertThat(response.statusCode()).isEqualTo(200);
		try {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(response.body()))
				.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private String withIdAndLanguage(Map<String, ?> message) {
		Map<String, Object> body = new java.util.LinkedHashMap<>(message);
		body.put("id", this.id);
		body.put("language", this.language);
		return JSON.writeValueAsString(body);
	}

	private HttpResponse<String> exchange(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
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
