package de.mitreden.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

import de.mitreden.telegram.fake.FakeBotApi;
import de.mitreden.telegram.fake.SentMessage;
import de.mitreden.telegram.fake.TgUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application against a fake Telegram Bot API server on loopback: the real TelegramBots
 * client polls it and sends to it. All Telegram test classes share this one context (same
 * configuration), one fake server and one temporary data directory; each test uses its own
 * Telegram user, so tests do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TelegramTestSupport {

	static final String ADMIN_USER = "staff";

	static final String ADMIN_PASSWORD = "telegram-test-password";

	static final FakeBotApi api = FakeBotApi.start();

	private static final Path dataDir = temporaryDataDir();

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void telegramPointsAtTheFakeServer(DynamicPropertyRegistry registry) {
		registry.add("mitreden.data-dir", dataDir::toString);
		registry.add("mitreden.telegram.bot-token", () -> FakeBotApi.TOKEN);
		registry.add("mitreden.telegram.api-url", api::url);
		registry.add("mitreden.admin.username", () -> ADMIN_USER);
		registry.add("mitreden.admin.password", () -> ADMIN_PASSWORD);
		// A lock held by another transaction fails fast (H2 waits longer by default), so the
		// database-hiccup test sees the retry in place within seconds.
		registry.add("spring.datasource.hikari.connection-init-sql", () -> "SET LOCK_TIMEOUT 500");
	}

	/** Sends a text (or command) and waits until the bot is done with it; returns what it sent back. */
	static List<SentMessage> say(TgUser user, String text) {
		int before = api.sentTo(user.id()).size();
		api.awaitConfirmed(api.send(user, text));
		return api.sentSince(user.id(), before);
	}

	static List<SentMessage> sendMedia(TgUser user, String kind) {
		int before = api.sentTo(user.id()).size();
		api.awaitConfirmed(api.sendMedia(user, kind));
		return api.sentSince(user.id(), before);
	}

	/** Presses the button with this label on the latest message that shows it. */
	static List<SentMessage> press(TgUser user, String label) {
		SentMessage message = latestWithButton(user, label);
		String data = message.allButtons().stream().filter(b -> matches(b.label(), label)).findFirst().orElseThrow().data();
		return pressData(user, message.messageId(), data);
	}

	static List<SentMessage> pressData(TgUser user, int messageId, String data) {
		int before = api.sentTo(user.id()).size();
		api.awaitConfirmed(api.press(user, messageId, data));
		return api.sentSince(user.id(), before);
	}

	static SentMessage latestWithButton(TgUser user, String label) {
		List<SentMessage> sent = api.sentTo(user.id());
		for (int i = sent.size() - 1; i >= 0; i--) {
			if (sent.get(i).allButtons().stream().anyMatch(b -> matches(b.label(), label))) {
				return sent.get(i);
			}
		}
		throw new AssertionError("no message with a button '" + label + "' in " + texts(sent));
	}

	/** A ticked option shows "✓ " in front of its label. */
	private static boolean matches(String shown, String label) {
		return shown.equals(label) || shown.equals("✓ " + label);
	}

	static List<String> texts(List<SentMessage> messages) {
		return messages.stream().map(SentMessage::text).toList();
	}

	private static final AtomicLong nextUserId = new AtomicLong(7_100_000_000L);

	/** A new citizen who agreed and sees the first question. */
	static TgUser atFirstQuestion(String language) {
		TgUser citizen = newCitizen(language);
		say(citizen, "/start");
		List<SentMessage> question = press(citizen, language.equals("de") ? "Ja, los geht's" : "Yes, let's start");
		assertThat(String.join("\n", texts(question))).containsAnyOf("Frage 1 von 7", "Question 1 of 7");
		return citizen;
	}

	static TgUser newCitizen(String language) {
		long id = nextUserId.incrementAndGet();
		return new TgUser(id, "Test" + id, "Bürgerin", "user" + id, language);
	}

	/** A fresh negative id, for groups and channels. */
	static long newGroupId() {
		return -nextUserId.incrementAndGet();
	}

	int answerRows() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM answer", Integer.class);
	}

	static void eventually(Runnable assertion) {
		api.await(() -> {
			try {
				assertion.run();
				return true;
			}
			catch (AssertionError ex) {
				return false;
			}
		}, Duration.ofSeconds(10), "condition");
	}

	private static Path temporaryDataDir() {
		try {
			Path dir = Files.createTempDirectory("mitreden-telegram-test");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
