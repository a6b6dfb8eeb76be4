package de.mitreden.webchat;

import java.util.List;

import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.Reply;

/**
 * The language the page should speak after a step: the language of the bot's last reply (the
 * participant may just have chosen another one), or the one the browser asked for if there was no
 * reply.
 */
final class ReplyLanguage {

	private ReplyLanguage() {
	}

	static ChatLanguage of(DialogueEngine engine, List<Reply> replies, ChatLanguage asked) {
		if (replies.isEmpty() || replies.get(replies.size() - 1).language() == null) {
			return asked;
		}
		return ChatLanguage.of(engine, replies.get(replies.size() - 1).language());
	}

}
