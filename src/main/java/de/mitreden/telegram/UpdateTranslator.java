package de.mitreden.telegram;

import java.util.Locale;

import de.mitreden.conversation.ParticipantRef;
import de.mitreden.conversation.Transport;
import de.mitreden.dialogue.Input;
import de.mitreden.dialogue.Input.UnsupportedKind;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram {@link Update} into an {@link Inbound}: the dialogue only sees {@link Input}s
 * and a {@link ParticipantRef}; names, usernames and phone numbers are never read.
 * <p>
 * Edited messages are ignored on purpose: the dialogue took the first version as the answer, and
 * a reply to every correction would confuse more than help.
 */
final class UpdateTranslator {

	Inbound translate(Update update) {
		if (update.hasMessage()) {
			return fromMessage(update.getMessage());
		}
		if (update.hasCallbackQuery()) {
			return fromPress(update.getCallbackQuery());
		}
		if (update.hasChannelPost()) {
			return new Inbound(update.getChannelPost().getChatId(), null, null, new Inbound.TellGroup(null));
		}
		if (update.hasMyChatMember()) {
			return fromMembership(update.getMyChatMember());
		}
		return Inbound.nothing(null);
	}

	private Inbound fromMessage(Message message) {
		User from = message.getFrom();
		String language = (from != null) ? from.getLanguageCode() : null;
		if (!isPrivate(message.getChat()) || from == null) {
			return new Inbound(message.getChatId(), null, null, new Inbound.TellGroup(language));
		}
		return new Inbound(message.getChatId(), null, null, new Inbound.Talk(participant(from), input(message), language));
	}

	private Inbound fromPress(CallbackQuery press) {
		MaybeInaccessibleMessage pressed = press.getMessage();
		if (pressed == null) {
			return Inbound.nothing(press.getId());
		}
		String language = press.getFrom().getLanguageCode();
		if (!isPrivate(pressed.getChat())) {
			return new Inbound(pressed.getChatId(), press.getId(), null, new Inbound.TellGroup(language));
		}
		String data = (press.getData() != null) ? press.getData() : "";
		return new Inbound(pressed.getChatId(), press.getId(), pressed.getMessageId(),
				new Inbound.Talk(participant(press.getFrom()), new Input.Press(data), language));
	}

	/** The bot was added to a group: say once that it works only privately. Blocking needs nothing. */
	private Inbound fromMembership(ChatMemberUpdated change) {
		String status = change.getNewChatMember().getStatus();
		boolean joined = "member".equals(status) || "administrator".equals(status);
		if (isPrivate(change.getChat()) || !joined) {
			return Inbound.nothing(null);
		}
		String language = (change.getFrom() != null) ? change.getFrom().getLanguageCode() : null;
		return new Inbound(change.getChat().getId(), null, null, new Inbound.TellGroup(language));
	}

	static Input input(Message message) {
		if (message.hasText()) {
			return textOrCommand(message.getText());
		}
		return new Input.Unsupported(unsupportedKind(message));
	}

	static Input textOrCommand(String text) {
		if (!text.startsWith("/") || text.length() < 2 || Character.isWhitespace(text.charAt(1))) {
			return new Input.Text(text);
		}
		String[] parts = text.substring(1).split("\\s+", 2);
		String name = parts[0];
		int botSuffix = name.indexOf('@');
		if (botSuffix >= 0) {
			name = name.substring(0, botSuffix);
		}
		String argument = (parts.length > 1 && !parts[1].isBlank()) ? parts[1].strip() : null;
		return new Input.Command(name.toLowerCase(Locale.ROOT), argument);
	}

	private static UnsupportedKind unsupportedKind(Message message) {
		if (message.hasPhoto()) {
			return UnsupportedKind.PHOTO;
		}
		if (message.hasVoice() || message.hasAudio()) {
			return UnsupportedKind.VOICE;
		}
		if (message.hasVideo() || message.hasVideoNote() || message.hasAnimation()) {
			return UnsupportedKind.VIDEO;
		}
		if (message.hasSticker()) {
			return UnsupportedKind.STICKER;
		}
		if (message.hasDocument()) {
			return UnsupportedKind.FILE;
		}
		if (message.hasLocation() || message.getVenue() != null) {
			return UnsupportedKind.LOCATION;
		}
		if (message.hasContact()) {
			return UnsupportedKind.CONTACT;
		}
		if (message.hasPoll()) {
			return UnsupportedKind.POLL;
		}
		return UnsupportedKind.OTHER;
	}

	private static boolean isPrivate(Chat chat) {
		return chat != null && "private".equals(chat.getType());
	}

	private static ParticipantRef participant(User from) {
		return new ParticipantRef(Transport.TELEGRAM, String.valueOf(from.getId()));
	}

}
