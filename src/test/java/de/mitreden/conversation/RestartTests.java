package de.mitreden.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import de.mitreden.MitredenApplication;
import de.mitreden.dialogue.DialogueEngine;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A citizen continues where they were after the server restarts: the state is in the database, the
 * id secret in the data directory is generated once and read again, so the same Telegram id leads to
 * the same participant.
 */
class RestartTests {

	private final Path dataDir = TestDataDir.fresh(RestartTests.class);

	@Test
	void aCitizenContinuesWhereTheyWereAfterARestart() throws Exception {
		String before = run((conversations) -> {
			Citizen citizen = Citizen.onTelegram(conversations, "4711");
			citizen.start();
			citizen.press("consent");
			return citizen.write("Im Sportverein");
		});
		String secret = Files.readString(this.dataDir.resolve("id-secret"));

		String after = run((conversations) -> Citizen.onTelegram(conversations, "4711").resume());

		assertThat(after).isEqualTo(before).isEqualTo("QUESTION 1 de direct consented=true");
		assertThat(Files.readString(this.dataDir.resolve("id-secret"))).isEqualTo(secret);
	}

	@Test
	void aCitizenWhoHadNotConsentedStartsAfreshAfterARestart() {
		run((conversations) -> Citizen.onTelegram(conversations, "4712").start());

		String after = run((conversations) -> Citizen.onTelegram(conversations, "4712").resume());

		assertThat(after).isEqualTo("NEW 0 null direct consented=false");
	}

	private String run(Function<Conversations, String> conversation) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MitredenApplication.class,
				ScriptedDialogue.class)
			.web(WebApplicationType.NONE)
			.run("--mitreden.data-dir=" + this.dataDir)) {
			return conversation.apply(context.getBean(Conversations.class));
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class ScriptedDialogue {

		@Bean
		@Primary
		DialogueEngine scriptedEngine() {
			return ScriptedEngine.mockEngine();
		}

	}

}
