package de.mitreden.telegram;

import de.mitreden.conversation.ParticipantRef;
import de.mitreden.dialogue.Input;

/**
 * One Telegram update, translated: where an answer goes and what to do with it. Lives only in
 * memory while a batch is processed; the chat id is never stored.
 *
 * @param chatId the chat to answer in, or null if nothing is sent back
 * @param callbackQueryId the button press to acknowledge at Telegram, or null
 * @param pressedMessageId the message whose button was pressed (replies may replace it), or null
 * @param action what the update asks of the bot
 */
record Inbound(Long chatId, String callbackQueryId, Integer pressedMessageId, Action action) {

	static Inbound nothing(String callbackQueryId) {
		return new Inbound(null, callbackQueryId, null, new Nothing());
	}

	sealed interface Action {
	}

	/** A participant says something to the dialogue in a private chat. */
	record Talk(ParticipantRef participant, Input input, String clientLanguage) implements Action {
	}

	/** Someone used the bot in a group, supergroup or channel: tell that chat once. */
	record TellGroup(String clientLanguage) implements Action {
	}

	/** Nothing to do: an edited message, the user blocked the bot, an update type we do not use. */
	record Nothing() implements Action {
	}

}
