package de.mitreden.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.mitreden.telegram.fake.FakeBotApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff manage links on the admin web's page: create, see, download, deactivate (form login, CSRF). */
class LinksPageTests extends LinksTestSupport {

	@Test
	void staffCreateALinkAndDownloadItsQrCodeAndFlyer() throws Exception {
		Staff staff = new Staff().login();
		String name = unique("Moscheeverein Nord");

		HttpResponse<String> created = staff.post("/admin/links", Map.of("name", name, "language", "tr", "note", "Herr K."));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String page = staff.get("/admin/links").body();
		assertThat(page).contains("Links für Multiplikatoren", name, "Link „" + name + "“ angelegt.");
		String code = codeOf(name);
		assertThat(page).contains("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=" + code);
		HttpResponse<byte[]> png = staff.getBytes("/admin/links/" + code + "/qr.png");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(LinkApiTests.decode(LinkApiTests.read(png.body())))
			.isEqualTo("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=" + code);
		HttpResponse<byte[]> flyer = staff.getBytes("/admin/links/" + code + "/flyer.pdf?format=a6");
		assertThat(flyer.headers().firstValue("Content-Type")).hasValue("application/pdf");
	}

	@Test
	void aBadNameIsExplainedOnThePage() {
		Staff staff = new Staff().login();

		staff.post("/admin/links", Map.of("name", "x".repeat(200)));

		assertThat(staff.get("/admin/links").body()).contains("Nicht angelegt", "at most 100 characters");
	}

	@Test
	void staffDeactivateALink() {
		Staff staff = new Staff().login();
		String name = unique("Altes Plakat");
		staff.post("/admin/links", Map.of("name", name));
		String code = codeOf(name);
		staff.get("/admin/links");

		staff.post("/admin/links/" + code + "/active", Map.of("active", "false"));

		assertThat(JSON.readTree(get("/api/links/" + code).body()).get("active").asBoolean()).isFalse();
	}

	@Test
	void withoutLoginThePageIsClosed() {
		HttpResponse<String> page = getAnonymously("/admin/links", null);
		assertThat(page.statusCode()).isIn(302, 401);
	}

	private String codeOf(String name) {
		for (JsonNode link : JSON.readTree(get("/api/links").body())) {
			if (link.get("name").asString().equals(name)) {
				return link.get("code").asString();
			}
		}
		throw new AssertionError("no link named " + name);
	}

	/** A staff member's browser: session cookie, CSRF token from the last page, no redirects followed. */
	private final class Staff {

		private final Pattern csrfField = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private String csrf;

		Staff login() {
			HttpResponse<String> response = post("/admin/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));
			assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
			// Logging in renews the CSRF token: take it from the page, as a browser would.
			get("/admin/links");
			return this;
		}

		HttpResponse<String> get(String path) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = this.csrfField.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response;
		}

		HttpResponse<byte[]> getBytes(String path) {
			return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) {
			if (this.csrf == null) {
				get("/admin/login");
			}
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", this.csrf);
			String body = all.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + LinksPageTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

		private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
			try {
				return this.http.send(request, body);
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

}
