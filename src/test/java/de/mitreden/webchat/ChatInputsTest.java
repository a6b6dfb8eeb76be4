package de.mitreden.webchat;

import de.mitreden.dialogue.Input;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser sends becomes the same input the Telegram transport would produce. */
class ChatInputsTest {

	private static final String ID = "3f1c2b9e-8d7a-4e5b-9c1d-2a3b4c5d6e7f";

	@Test
	void typedSlashCommandsWorkAsInTelegram() {
		assertThat(ChatInputs.typed("/language")).isEqualTo(new Input.Command("language", null));
		assertThat(ChatInputs.typed("  /start verein42 ")).isEqualTo(new Input.Command("start", "verein42"));
		assertThat(ChatInputs.typed("/Start@mitreden_bot")).isEqualTo(new Input.Command("start", null));
	}

	@Test
	void textThatOnlyLooksLikeACommandStaysText() {
		assertThat(ChatInputs.typed("/ hallo")).isEqualTo(new Input.Text("/ hallo"));
		assertThat(ChatInputs.typed("50/50 finde ich")).isEqualTo(new Input.Text("50/50 finde ich"));
		assertThat(ChatInputs.typed("   ")).isEqualTo(new Input.Text("   "));
	}

	@Test
	void eachKindOfRequestBecomesItsInput() {
		assertThat(ChatInputs.of(request("Hallo", null, null, null, null))).contains(new Input.Text("Hallo"));
		assertThat(ChatInputs.of(request(null, "q:1", null, null, null))).contains(new Input.Press("q:1"));
		assertThat(ChatInputs.of(request(null, null, "start", "verein42", null)))
			.contains(new Input.Command("start", "verein42"));
		assertThat(ChatInputs.of(request(null, null, "start", " ", null))).contains(new Input.Command("start", null));
		assertThat(ChatInputs.of(request(null, null, null, null, true))).contains(new Input.Resume());
	}

	@Test
	void aRequestMustAskForExactlyOneThing() {
		assertThat(ChatInputs.of(request(null, null, null, null, null))).isEmpty();
		assertThat(ChatInputs.of(request(null, null, null, null, false))).isEmpty();
		assertThat(ChatInputs.of(request("Hallo", "q:1", null, null, null))).isEmpty();
		assertThat(ChatInputs.of(request("Hallo", null, null, null, true))).isEmpty();
	}

	@Test
	void browserIdsMustBeUuids() {
		assertThat(BrowserIds.isValid(ID)).isTrue();
		assertThat(BrowserIds.isValid(ID.toUpperCase())).isTrue();
		assertThat(BrowserIds.normalised(ID.toUpperCase())).isEqualTo(ID);
		assertThat(BrowserIds.isValid(null)).isFalse();
		assertThat(BrowserIds.isValid("")).isFalse();
		assertThat(BrowserIds.isValid("192.168.0.1")).isFalse();
		assertThat(BrowserIds.isValid(ID + "0")).isFalse();
		assertThat(BrowserIds.isValid(ID.replace('-', '_'))).isFalse();
	}

	private static ChatRequest request(String text, String press, String command, String argument, Boolean resume) {
		return new ChatRequest(ID, text, press, command, argument, resume, "de");
	}

}
