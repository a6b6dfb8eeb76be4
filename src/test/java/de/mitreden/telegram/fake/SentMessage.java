package de.mitreden.telegram.fake;

import java.util.List;

/** A message the bot sent (sendmessage) or changed (editmessagetext), as the fake server saw it. */
public record SentMessage(String method, long chatId, int messageId, String text, List<List<SentButton>> buttons,
		long atNanos) {

	public boolean isEdit() {
		return this.method.startsWith("edit");
	}

	public List<SentButton> allButtons() {
		return this.buttons.stream().flatMap(List::stream).toList();
	}

	public record SentButton(String label, String data) {
	}

}
