package de.mitreden.webchat;

import java.util.List;

import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.Reply;

/**
 * The language the bot's replies are in. A {@link Reply} tells only its writing direction, so the
 * language is the one the browser asked for unless the direction says otherwise (the participant
 * chose another language in the dialogue); then it is the supported language with that direction.
 */
final class ReplyLanguage {

	private ReplyLanguage() {
	}

	static ChatLanguage of(DialogueEngine engine, List<Reply> replies, ChatLanguage asked) {
		if (replies.isEmpty()) {
			return asked;
		}
		boolean rightToLeft = replies.get(replies.size() - 1).rightToLeft();
		if (rightToLeft == "rtl".equals(asked.dir())) {
			return asked;
		}
		return engine.languages()
			.stream()
			.filter((code) -> engine.isRightToLeft(code) == rightToLeft)
			.findFirst()
			.map((code) -> ChatLanguage.of(engine, code))
			.orElse(asked);
	}

}
