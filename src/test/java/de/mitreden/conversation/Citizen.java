package de.mitreden.conversation;

import java.util.List;

import de.mitreden.dialogue.Input;
import de.mitreden.dialogue.Reply;

/** A simulated participant talking to {@link Conversations}; returns the text of the last reply. */
record Citizen(Conversations conversations, ParticipantRef ref) {

	static Citizen onWeb(Conversations conversations, String browserId) {
		return new Citizen(conversations, new ParticipantRef(Transport.WEB, browserId));
	}

	static Citizen onTelegram(Conversations conversations, String userId) {
		return new Citizen(conversations, new ParticipantRef(Transport.TELEGRAM, userId));
	}

	String send(Input input) {
		List<Reply> replies = this.conversations.handle(new Incoming(this.ref, input, "de-DE", "https://example.org"));
		return replies.get(replies.size() - 1).text();
	}

	String start() {
		return send(new Input.Command("start", null));
	}

	String command(String name) {
		return send(new Input.Command(name, null));
	}

	String write(String text) {
		return send(new Input.Text(text));
	}

	String press(String data) {
		return send(new Input.Press(data));
	}

	String resume() {
		return send(new Input.Resume());
	}

}
