package de.mitreden.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.mitreden.conversation.ParticipantRef;
import de.mitreden.conversation.Transport;
import de.mitreden.dialogue.Input;
import de.mitreden.dialogue.Input.UnsupportedKind;
import de.mitreden.telegram.fake.FakeBotApi;
import de.mitreden.telegram.fake.TgUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.objects.Update;

/** What the dialogue gets from each kind of Telegram update (the same JSON the fake server sends). */
class UpdateTranslatorTests {

	static final TgUser LEYLA = new TgUser(987654321L, "Leyla", "Yılmaz-Testfrau", "leyla_test_4711", "de");

	private static final FakeBotApi api = FakeBotApi.start();

	private final UpdateTranslator translator = new UpdateTranslator();

	@AfterAll
	static void stop() throws Exception {
		api.close();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/start verein42                 | start      | verein42
			/start                          | start      |
			/START@mitreden_test_bot  code  | start      | code
			/help@other_bot                 | help       |
			/frobnicate x y                 | frobnicate | x y
			""")
	void slashTextIsACommandWithoutTheBotSuffix(String text, String name, String argument) {
		Inbound inbound = translate(api.messageUpdate(LEYLA, text));
		assertThat(talk(inbound).input()).isEqualTo(new Input.Command(name, argument));
	}

	@Test
	void textIsTextAsTypedEvenWhitespace() {
		assertThat(talk(translate(api.messageUpdate(LEYLA, "Im Hafen  "))).input()).isEqualTo(new Input.Text("Im Hafen  "));
		assertThat(talk(translate(api.messageUpdate(LEYLA, "   "))).input()).isEqualTo(new Input.Text("   "));
		assertThat(talk(translate(api.messageUpdate(LEYLA, "/ nur ein Strich"))).input())
			.isEqualTo(new Input.Text("/ nur ein Strich"));
	}

	@Test
	void participantIsTheTelegramUserIdAndTheLanguageComesFromTheApp() {
		Inbound inbound = translate(api.messageUpdate(LEYLA, "Hallo"));
		assertThat(talk(inbound).participant()).isEqualTo(new ParticipantRef(Transport.TELEGRAM, "987654321"));
		assertThat(talk(inbound).clientLanguage()).isEqualTo("de");
		assertThat(inbound.chatId()).isEqualTo(987654321L);
	}

	@Test
	void aPressIsAPressOnThePressedMessage() {
		Inbound inbound = translate(api.pressUpdate(LEYLA, 1234, "q:how-open:4"));
		assertThat(talk(inbound).input()).isEqualTo(new Input.Press("q:how-open:4"));
		assertThat(inbound.pressedMessageId()).isEqualTo(1234);
		assertThat(inbound.callbackQueryId()).isNotBlank();
		assertThat(inbound.chatId()).isEqualTo(987654321L);
	}

	@ParameterizedTest
	@CsvSource({ "photo, PHOTO", "voice, VOICE", "video, VIDEO", "sticker, STICKER", "document, FILE",
			"location, LOCATION", "contact, CONTACT", "poll, POLL" })
	void mediaIsUnsupported(String kind, UnsupportedKind expected) {
		Inbound inbound = translate(api.mediaUpdate(LEYLA, kind));
		assertThat(talk(inbound).input()).isEqualTo(new Input.Unsupported(expected));
	}

	@Test
	void groupsSupergroupsAndChannelsGetTheGroupNotice() {
		assertThat(translate(api.groupUpdate(LEYLA, -4242L, "group", "Hallo")).action())
			.isInstanceOf(Inbound.TellGroup.class);
		assertThat(translate(api.groupUpdate(LEYLA, -1004242L, "supergroup", "Hallo")).action())
			.isInstanceOf(Inbound.TellGroup.class);
		Inbound channel = translate(api.channelPostUpdate(-1001234L, "Hallo Kanal"));
		assertThat(channel.action()).isInstanceOf(Inbound.TellGroup.class);
		assertThat(channel.chatId()).isEqualTo(-1001234L);
	}

	@Test
	void editedMessagesAreIgnored() {
		assertThat(translate(api.editedMessageUpdate(LEYLA, "Korrektur")).action()).isInstanceOf(Inbound.Nothing.class);
	}

	private Inbound translate(Map<String, Object> update) {
		return this.translator.translate(parse(update));
	}

	private static Inbound.Talk talk(Inbound inbound) {
		assertThat(inbound.action()).isInstanceOf(Inbound.Talk.class);
		return (Inbound.Talk) inbound.action();
	}

	/** The update as the library deserialises it from getUpdates. */
	static Update parse(Map<String, Object> update) {
		try {
			return new ObjectMapper().readValue(FakeBotApi.json(update), Update.class);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
