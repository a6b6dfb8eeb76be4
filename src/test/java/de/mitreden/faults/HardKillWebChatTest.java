package de.mitreden.faults;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web chat under a hard kill: mitreden runs as a separate JVM while 16 browsers keep writing
 * thoughts to its JSON API. It is killed with SIGKILL in the middle of that; every thought whose
 * request got HTTP 200 (the page showed the bot's thanks) must be in the database file right after
 * the kill and in the staff export after a restart, exactly once; a thought whose request died with
 * the process may be there once or not at all, never twice. The people then go on where they were.
 */
class HardKillWebChatTest {

	private static final int BROWSERS = 16;

	private static final int KILL_AFTER_THANKS = 150;

	private static final String ADMIN_PASSWORD = "hard-kill-test-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ExecutorService browsers = Executors.newFixedThreadPool(BROWSERS);

	private final Set<String> thanked = ConcurrentHashMap.newKeySet();

	private final Set<String> lostInFlight = ConcurrentHashMap.newKeySet();

	private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final List<ChildApp> apps = new ArrayList<>();

	@TempDir
	Path dataDir;

	@AfterEach
	void stopEverything() {
		this.apps.forEach(ChildApp::close);
		this.browsers.shutdownNow();
	}

	@Test
	void everyThoughtAnsweredWith200SurvivesAKillNine() throws Exception {
		long start = System.nanoTime();
		ChildApp first = startApp(1);
		int port = first.awaitStarted();
		List<String> ids = new ArrayList<>();
		for (int browser = 1; browser <= BROWSERS; browser++) {
			String id = UUID.randomUUID().toString();
			ids.add(id);
			int number = browser;
			this.browsers.execute(() -> keepWriting(port, id, number));
		}
		awaitThanks(KILL_AFTER_THANKS);
		first.killHard();
		this.browsers.shutdown();
		assertThat(this.browsers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
		assertThat(this.failures).as("browsers that got something else than thanks").isEmpty();

		StoredData file = StoredData.read(this.dataDir);
		assertThat(this.thanked).as("thanked for, but not in the file right after the kill")
			.filteredOn(thought -> file.timesStored(thought) != 1)
			.isEmpty();
		assertThat(file.answerCounts()).as("answers stored more than once")
			.allSatisfy((answer, times) -> assertThat(times).isOne());
		System.out.printf("[hard-kill web] killed after %d thanks at %d ms; %d requests died with the process "
				+ "(%d of them stored anyway); %d answers in the file%n", this.thanked.size(),
				Duration.ofNanos(System.nanoTime() - start).toMillis(), this.lostInFlight.size(),
				this.lostInFlight.stream().filter(t -> file.timesStored(t) == 1).count(), file.answerRows());

		ChildApp second = startApp(2);
		int newPort = second.awaitStarted();
		Map<String, Long> exported = exportedAnswers(newPort);
		assertThat(this.thanked).as("thanked for, but not exported exactly once after the restart")
			.filteredOn(thought -> exported.getOrDefault(thought, 0L) != 1)
			.isEmpty();
		assertThat(exported).as("answers exported more than once")
			.allSatisfy((answer, times) -> assertThat(times).isOne());
		for (String id : ids) {
			String after = "Nach dem Neustart " + id;
			assertThat(post(newPort, id, Map.of("text", after)).toString()).as("the conversation goes on after the restart")
				.contains("Danke!");
		}
		assertThat(exportedAnswers(newPort)).as("thoughts written after the restart")
			.containsKeys(ids.stream().map(id -> "Nach dem Neustart " + id).toArray(String[]::new));
		System.out.printf("[hard-kill web] done at %d ms%n", Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	private ChildApp startApp(int number) {
		ChildApp app = ChildApp.start("webchat-" + number,
				List.of("--mitreden.data-dir=" + this.dataDir, "--server.port=0",
						"--mitreden.admin.password=" + ADMIN_PASSWORD, "--mitreden.web.rate-limit.burst=100000",
						"--mitreden.web.rate-limit.per-minute=100000"));
		this.apps.add(app);
		return app;
	}

	/** One browser: starts, agrees, then writes thought after thought until the server is gone. */
	private void keepWriting(int port, String id, int browser) {
		try {
			JsonNode welcome = post(port, id, Map.of("command", "start", "argument", ""));
			if (buttons(welcome).contains("L:de")) {
				post(port, id, Map.of("press", "L:de"));
			}
			JsonNode question = post(port, id, Map.of("press", "c"));
			assertThat(question.toString()).contains("Frage 1 von 7");
			for (int number = 1; !Thread.currentThread().isInterrupted(); number++) {
				String thought = "Gedanke im Browser " + browser + "-" + number;
				JsonNode thanks = send(port, id, thought);
				if (thanks == null) {
					return;
				}
				assertThat(thanks.toString()).contains("Danke!");
				this.thanked.add(thought);
			}
		}
		catch (IOException ex) {
			// killed before the conversation began
		}
		catch (Throwable ex) {
			this.failures.add(ex);
		}
	}

	/** A thought; null if the request died with the process (it may or may not be stored). */
	private JsonNode send(int port, String id, String thought) {
		try {
			return post(port, id, Map.of("text", thought));
		}
		catch (IOException ex) {
			this.lostInFlight.add(thought);
			return null;
		}
	}

	private JsonNode post(int port, String id, Map<String, Object> message) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>(message);
		body.put("id", id);
		body.put("language", "de");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/chat/api/messages"))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
		HttpResponse<String> response = exchange(request);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<String> buttons(JsonNode answer) {
		List<String> data = new ArrayList<>();
		answer.get("replies").forEach(reply -> reply.get("buttons")
			.forEach(row -> row.forEach(button -> data.add(button.get("data").asString()))));
		return data;
	}

	private void awaitThanks(int count) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (this.thanked.size() < count) {
			assertThat(System.nanoTime()).as("%d thanks within a minute", count).isLessThan(end);
			Thread.sleep(1);
		}
	}

	/** The staff export over HTTP: how often each answer text appears. */
	private Map<String, Long> exportedAnswers(int port) throws IOException {
		String basic = Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/answers.csv"))
			.header("Authorization", "Basic " + basic)
			.build();
		HttpResponse<String> response = exchange(request);
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (CSVRecord row : CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.body().replace("\uFEFF", "")))) {
			counts.merge(row.get("answer"), 1L, Long::sum);
		}
		return counts;
	}

	private HttpResponse<String> exchange(HttpRequest request) throws IOException {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

}
