package de.mitreden.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.mitreden.telegram.fake.SentMessage;
import de.mitreden.telegram.fake.TgUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What makes Telegram delivery safe: an update delivered twice is applied once, replies stored but
 * not sent go out on redelivery, a double tap stores one answer, a 429 only delays a reply, and a
 * batch the database could not take is not confirmed.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramDeliveryTests extends TelegramTestSupport {

	@Autowired
	BatchConsumer consumer;

	@Autowired
	DataSource dataSource;

	@Test
	void theSameUpdateDeliveredTwiceIsAppliedOnce() {
		TgUser citizen = atFirstQuestion("de");
		Update update = UpdateTranslatorTests.parse(api.messageUpdate(citizen, "Am Hafen sind alle willkommen."));
		int answers = answerRows();
		int sent = api.sentTo(citizen.id()).size();

		this.consumer.consume(List.of(update));
		int sentAfterFirst = api.sentTo(citizen.id()).size();
		this.consumer.consume(List.of(update));

		assertThat(answerRows()).isEqualTo(answers + 1);
		assertThat(sentAfterFirst).isGreaterThan(sent);
		assertThat(api.sentTo(citizen.id())).hasSize(sentAfterFirst);
	}

	@Test
	void aRedeliveredUpdateWhoseRepliesWereNotSentGetsThemSentWithoutRunningTheDialogueAgain() {
		TgUser citizen = atFirstQuestion("de");
		Map<String, Object> json = api.messageUpdate(citizen, "In der Bibliothek.");
		Update update = UpdateTranslatorTests.parse(json);
		int before = api.sentTo(citizen.id()).size();
		this.consumer.consume(List.of(update));
		List<String> replies = texts(api.sentSince(citizen.id(), before));
		int answers = answerRows();
		// As if the process died after the commit, before the replies went out.
		this.jdbc.update("UPDATE telegram_update SET sent = FALSE WHERE update_id = ?", json.get("update_id"));

		int beforeRedelivery = api.sentTo(citizen.id()).size();
		this.consumer.consume(List.of(UpdateTranslatorTests.parse(json)));

		assertThat(texts(api.sentSince(citizen.id(), beforeRedelivery))).isEqualTo(replies).isNotEmpty();
		assertThat(answerRows()).isEqualTo(answers);
		assertThat(this.jdbc.queryForObject("SELECT sent FROM telegram_update WHERE update_id = ?", Boolean.class,
				json.get("update_id"))).isTrue();
	}

	@Test
	void aDoubleTapOnARatingStoresOneAnswerAndBothPressesAreAnswered() {
		TgUser citizen = atRating();
		SentMessage rating = latestWithButton(citizen, "4");
		String four = rating.allButtons().stream().filter(b -> b.label().equals("4")).findFirst().orElseThrow().data();
		int answers = answerRows();
		int presses = api.answeredPresses().size();

		int first = api.press(citizen, rating.messageId(), four);
		int second = api.press(citizen, rating.messageId(), four);
		api.awaitConfirmed(Math.max(first, second));

		assertThat(answerRows()).isEqualTo(answers + 1);
		assertThat(api.answeredPresses()).hasSize(presses + 2);
	}

	@Test
	void aReplyRefusedWith429ArrivesAfterRetryAfter() {
		TgUser citizen = atFirstQuestion("de");
		api.answerTooManyRequests(1, 1);
		long start = System.nanoTime();
		List<SentMessage> replies = say(citizen, "/help");
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(texts(replies)).singleElement().asString().contains("/language");
		assertThat(millis).isGreaterThanOrEqualTo(1000);
	}

	@Test
	void whileTheDatabaseCannotTakeTheBatchItIsNotConfirmedAndAfterwardsItIsAppliedOnce(CapturedOutput log)
			throws Exception {
		TgUser citizen = atFirstQuestion("de");
		Map<String, Object> json = api.messageUpdate(citizen, "Beim Fußball im Park.");
		int updateId = (Integer) json.get("update_id");
		int answers = answerRows();
		int before = api.sentTo(citizen.id()).size();

		try (Connection blocker = this.dataSource.getConnection()) {
			// Another transaction holds this update's row: every attempt to store the batch times out.
			blocker.setAutoCommit(false);
			try (PreparedStatement insert = blocker.prepareStatement(
					"INSERT INTO telegram_update (update_id, received_on, replies, sent) VALUES (?, CURRENT_DATE, '[]', FALSE)")) {
				insert.setInt(1, updateId);
				insert.executeUpdate();
			}
			api.enqueue(json);
			Thread.sleep(3000);
			assertThat(api.offsets()).as("batch confirmed while not stored").allMatch(offset -> offset <= updateId);
			assertThat(api.sentSince(citizen.id(), before)).isEmpty();
			blocker.rollback();
		}

		api.awaitConfirmed(updateId);
		assertThat(log.getAll()).contains("Database not available", "trying the same Telegram batch again");
		assertThat(texts(api.sentSince(citizen.id(), before))).isNotEmpty();
		assertThat(answerRows()).isEqualTo(answers + 1);
	}

	@Test
	void aPersonWhoBlockedTheBotIsGivenUpOnAtOnceAndOthersStillGetTheirReplies() {
		TgUser blocker = atFirstQuestion("de");
		TgUser other = atFirstQuestion("de");
		api.blockBot(blocker);
		int refused = api.refusedAsBlocked();
		int before = api.sentTo(other.id()).size();

		int fromBlocker = api.send(blocker, "/help");
		int fromOther = api.send(other, "/help");
		api.awaitConfirmed(Math.max(fromBlocker, fromOther));

		assertThat(api.refusedAsBlocked()).isEqualTo(refused + 1);
		assertThat(api.sentSince(other.id(), before)).hasSize(1);
	}

	private static TgUser atRating() {
		TgUser citizen = atFirstQuestion("de");
		say(citizen, "Im Chor.");
		press(citizen, "Nächste Frage");
		say(citizen, "Beim Amt.");
		press(citizen, "Nächste Frage");
		return citizen;
	}

}
