package de.mitreden.webchat;

import java.util.List;

import de.mitreden.dialogue.Button;
import de.mitreden.dialogue.Reply;

/**
 * What the browser gets back: the bot's messages and the page texts in the participant's language
 * (the language can change with any message, e.g. after "change language").
 */
record ChatResponse(List<Message> replies, String lang, String dir, PageTexts page) {

	static ChatResponse of(List<Reply> replies, ChatLanguage language, PageTexts page) {
		List<Message> messages = replies.stream().map((reply) -> Message.of(reply, language)).toList();
		return new ChatResponse(messages, language.code(), language.dir(), page);
	}

	/**
	 * One bot message.
	 *
	 * @param replaces true: replace the message whose button was pressed (a multiple-choice toggle)
	 */
	record Message(String text, List<List<Button>> buttons, boolean replaces, String dir, String lang) {

		static Message of(Reply reply, ChatLanguage language) {
			return new Message(reply.text(), reply.buttons(), reply.replacesPressedMessage(),
					reply.rightToLeft() ? "rtl" : "ltr", (reply.language() != null) ? reply.language() : language.code());
		}

	}

}
