package de.mitreden.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.mitreden.telegram.fake.FakeBotApi;
import de.mitreden.telegram.fake.SentMessage;
import de.mitreden.telegram.fake.TgUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everything the dialogue cannot take is answered with one short, friendly message in the
 * participant's language, and nothing is stored.
 */
class TelegramBadInputTests extends TelegramTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "photo", "voice", "video", "sticker", "document", "location", "contact", "poll" })
	void mediaIsAnsweredKindlyAndNothingIsStored(String kind) {
		TgUser citizen = atFirstQuestion("de");
		int answers = answerRows();
		List<SentMessage> replies = sendMedia(citizen, kind);
		assertThat(texts(replies)).containsExactly("Ich kann nur Text lesen. Bitte schreiben Sie Ihre Antwort.");
		assertThat(answerRows()).isEqualTo(answers);
	}

	@Test
	void mediaGetsTheAnswerInTheParticipantsLanguage() {
		TgUser citizen = atFirstQuestion("en");
		int answers = answerRows();
		assertThat(texts(sendMedia(citizen, "voice"))).containsExactly("I can only read text. Please write your answer.");
		assertThat(answerRows()).isEqualTo(answers);
	}

	@Test
	void whitespaceOnlyTextIsRefused() {
		TgUser citizen = atFirstQuestion("de");
		int answers = answerRows();
		assertThat(single(say(citizen, "  \n\t  "))).contains("Ihre Nachricht ist leer.");
		assertThat(answerRows()).isEqualTo(answers);
	}

	@Test
	void textOver2000CharactersAsksForAShorterVersion() {
		TgUser citizen = atFirstQuestion("de");
		int answers = answerRows();
		assertThat(single(say(citizen, "Hafen".repeat(480)))).contains("Ihr Text ist zu lang.", "2400 Zeichen",
				"Bitte schreiben Sie kürzer.");
		assertThat(answerRows()).isEqualTo(answers);
	}

	@Test
	void anUnknownCommandPointsToHelp() {
		TgUser citizen = atFirstQuestion("en");
		int answers = answerRows();
		assertThat(single(say(citizen, "/frobnicate"))).contains("I don't know this command.", "/help");
		assertThat(answerRows()).isEqualTo(answers);
	}

	@Test
	void aStaleButtonShowsTheCurrentQuestionAgainAndStoresNothing() {
		TgUser citizen = atFirstQuestion("de");
		say(citizen, "Auf dem Wochenmarkt.");
		press(citizen, "Nächste Frage");
		SentMessage consent = latestWithButton(citizen, "Ja, los geht's");
		String consentData = consent.allButtons().get(0).data();
		int answers = answerRows();
		List<SentMessage> replies = pressData(citizen, consent.messageId(), consentData);
		assertThat(String.join("\n", texts(replies))).contains("Dieser Knopf gilt nicht mehr.", "Frage 2 von 7");
		assertThat(answerRows()).isEqualTo(answers);
	}

	@Test
	void aForgedButtonIsTreatedLikeAStaleOneAndEveryPressIsAnswered() {
		TgUser citizen = atFirstQuestion("de");
		int answers = answerRows();
		int answeredPresses = api.answeredPresses().size();
		List<SentMessage> replies = pressData(citizen, 4711, "a:0:'; DROP TABLE answer; --");
		assertThat(String.join("\n", texts(replies))).contains("Dieser Knopf gilt nicht mehr.", "Frage 1 von 7");
		assertThat(answerRows()).isEqualTo(answers);
		assertThat(api.answeredPresses()).hasSize(answeredPresses + 1);
	}

	@Test
	void aMessageInAGroupIsAnsweredOnceThatTheDialogueIsPrivateAndNothingIsStored() {
		TgUser member = newCitizen("de");
		long group = newGroupId();
		int answers = answerRows();
		api.awaitConfirmed(api.sendInGroup(member, group, "group", "Hallo Bot"));
		api.awaitConfirmed(api.sendInGroup(member, group, "group", "Hallo nochmal"));
		assertThat(api.sentTo(group)).singleElement()
			.satisfies(notice -> assertThat(notice.text()).contains("nur im privaten Chat",
					"https://t.me/" + FakeBotApi.BOT_USERNAME));
		assertThat(api.sentTo(member.id())).isEmpty();
		assertThat(answerRows()).isEqualTo(answers);
	}

	@Test
	void aSupergroupHearsItOnceEvenWhenTheBotWasAddedFirst() {
		TgUser member = newCitizen("en");
		long supergroup = -1_000_000_000_000L + newGroupId();
		int answers = answerRows();
		api.awaitConfirmed(api.addBotToGroup(member, supergroup));
		api.awaitConfirmed(api.sendInGroup(member, supergroup, "supergroup", "/start"));
		assertThat(api.sentTo(supergroup)).singleElement()
			.satisfies(notice -> assertThat(notice.text()).contains("only in a private chat"));
		assertThat(answerRows()).isEqualTo(answers);
	}

	@Test
	void aChannelPostIsAnsweredOnceAndNothingIsStored() {
		long channel = -1_000_000_000_000L + newGroupId();
		int answers = answerRows();
		api.awaitConfirmed(api.postInChannel(channel, "Neuigkeiten aus der Stadt"));
		api.awaitConfirmed(api.postInChannel(channel, "Noch mehr Neuigkeiten"));
		assertThat(api.sentTo(channel)).singleElement()
			.satisfies(notice -> assertThat(notice.text()).contains("nur im privaten Chat"));
		assertThat(answerRows()).isEqualTo(answers);
	}

	private static String single(List<SentMessage> replies) {
		assertThat(replies).hasSize(1);
		return replies.get(0).text();
	}

}
