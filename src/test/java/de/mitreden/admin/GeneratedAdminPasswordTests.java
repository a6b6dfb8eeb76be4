package de.mitreden.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mitreden.MitredenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a configured password, the first start generates one and shows it once; a restart on the
 * same data directory accepts it and does not show it again.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminPasswordTests {

	private static final Pattern ANNOUNCED = Pattern.compile("Generated admin password for user 'admin': (\\S+)");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void generatedPasswordIsShownOnceAndStillWorksAfterARestart(@TempDir Path dataDir, CapturedOutput output)
			throws Exception {
		String password;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			Matcher announced = ANNOUNCED.matcher(output.getOut());
			assertThat(announced.find()).as("the generated password is in the log").isTrue();
			password = announced.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(32);
			assertThat(exportStatus(first, "admin", password)).isEqualTo(200);
		}
		String storedFile = Files.readString(dataDir.resolve("admin-password"));
		assertThat(storedFile).doesNotContain(password).startsWith("{bcrypt}");
		int logLengthBeforeRestart = output.getOut().length();

		try (ConfigurableApplicationContext second = start(dataDir)) {
			String secondLog = output.getOut().substring(logLengthBeforeRestart);
			assertThat(secondLog).contains("Tomcat started")
				.doesNotContain("Generated admin password")
				.doesNotContain(password);
			assertThat(exportStatus(second, "admin", password)).isEqualTo(200);
			assertThat(exportStatus(second, "admin", password + "x")).isEqualTo(401);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(MitredenApplication.class)
			.run("--server.port=0", "--mitreden.data-dir=" + dataDir, "--mitreden.admin.password=",
					"--mitreden.telegram.bot-token=");
	}

	private int exportStatus(ConfigurableApplicationContext context, String user, String password) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/answers.csv"))
			.header("Authorization", ApiSecurityTests.basic(user, password))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
