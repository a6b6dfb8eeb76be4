package de.mitreden.admin;

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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One staff member's browser over real HTTP: keeps the session cookie, reads the CSRF token from the
 * page like a form does, and does not follow redirects (tests look at them).
 */
class StaffClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final String base;

	private String csrf;

	StaffClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Logs in through the form; asserts the redirect into the admin web. */
	StaffClient login(String username, String password) {
		HttpResponse<String> response = post("/admin/login", Map.of("username", username, "password", password));
		assertThat(response.statusCode()).as("login redirects").isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).as("login succeeded")
			.doesNotContain("error");
		return this;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	/**
	 * GETs the page until it satisfies {@code condition} (at most 10 seconds): the search index follows the
	 * database a moment after each commit, on its own thread.
	 */
	String eventually(String path, java.util.function.Predicate<String> condition) {
		long end = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
		String body = get(path).body();
		while (!condition.test(body) && System.nanoTime() < end) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			body = get(path).body();
		}
		return body;
	}

	HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A form POST with the CSRF token of the last page (fetched from the login page if none yet). */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		if (this.csrf == null) {
			get("/admin/login");
		}
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", this.csrf);
		return postWithoutToken(path, withToken);
	}

	/** A form POST with repeated fields (e.g. several checkboxes of the same name). */
	HttpResponse<String> postMulti(String path, java.util.List<Map.Entry<String, String>> fields) {
		java.util.List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
		all.add(Map.entry("_csrf", this.csrf));
		String body = all.stream().map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** A multipart upload as a browser sends it. */
	HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] file, boolean token) {
		if (token && this.csrf == null) {
			get("/admin/login");
		}
		String boundary = "----mitreden" + UUID.randomUUID();
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (token) {
			all.put("_csrf", this.csrf);
		}
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) {
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

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
