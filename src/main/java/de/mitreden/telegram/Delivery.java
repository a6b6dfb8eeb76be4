package de.mitreden.telegram;

import java.util.List;

import de.mitreden.dialogue.Reply;

/**
 * What goes back to Telegram for one update, once its batch is committed.
 *
 * @param updateId the update this answers (to mark it sent)
 * @param chatId the chat, taken from the update in memory (never from storage); null: no chat
 * @param callbackQueryId a button press to acknowledge, or null
 * @param pressedMessageId the message whose button was pressed, or null
 * @param replies the messages to send, in order
 * @param groupNotice true if this tells a group that the dialogue works only in private chats
 */
record Delivery(int updateId, Long chatId, String callbackQueryId, Integer pressedMessageId, List<Reply> replies,
		boolean groupNotice) {

	Delivery {
		replies = List.copyOf(replies);
	}

	boolean hasChat() {
		return this.chatId != null;
	}

}
