package de.mitreden.telegram.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of the Bot API objects the fake server hands out, as plain maps. */
final class Updates {

	private Updates() {
	}

	static Map<String, Object> privateMessage(int messageId, TgUser user, String text) {
		Map<String, Object> message = privateBase(messageId, user);
		message.put("text", text);
		if (text.startsWith("/")) {
			int length = text.split("\\s", 2)[0].length();
			message.put("entities", List.of(Map.of("type", "bot_command", "offset", 0, "length", length)));
		}
		return message;
	}

	static Map<String, Object> privateMedia(int messageId, TgUser user, String kind) {
		Map<String, Object> message = privateBase(messageId, user);
		Map<String, Object> file = Map.of("file_id", "file-" + messageId, "file_unique_id", "u" + messageId);
		switch (kind) {
			case "photo" -> message.put("photo", List.of(with(file, "width", 90, "height", 90)));
			case "voice" -> message.put("voice", with(file, "duration", 3));
			case "video" -> message.put("video", with(file, "width", 90, "height", 90, "duration", 3));
			case "sticker" -> message.put("sticker", with(file, "type", "regular", "width", 90, "height", 90,
					"is_animated", false, "is_video", false));
			case "document" -> message.put("document", with(file, "file_name", "antwort.pdf"));
			case "location" -> message.put("location", Map.of("latitude", 53.52, "longitude", 8.11));
			case "contact" -> message.put("contact", Map.of("phone_number", "+4944215550199", "first_name",
					user.firstName(), "last_name", user.lastName(), "user_id", user.id()));
			case "poll" -> message.put("poll", Map.of("id", "poll-" + messageId, "question", "Ja oder nein?", "options",
					List.of(Map.of("text", "Ja", "voter_count", 0)), "total_voter_count", 0, "is_closed", false,
					"is_anonymous", true, "type", "regular", "allows_multiple_answers", false));
			default -> throw new IllegalArgumentException("unknown kind " + kind);
		}
		return message;
	}

	static Map<String, Object> press(String pressId, TgUser user, int messageId, String data, long botId) {
		Map<String, Object> pressed = new LinkedHashMap<>();
		pressed.put("message_id", messageId);
		pressed.put("from", Map.of("id", botId, "is_bot", true, "first_name", "mitreden"));
		pressed.put("chat", privateChat(user));
		pressed.put("date", now());
		pressed.put("text", "…");
		Map<String, Object> press = new LinkedHashMap<>();
		press.put("id", pressId);
		press.put("from", user(user));
		press.put("message", pressed);
		press.put("chat_instance", "instance-1");
		press.put("data", data);
		return press;
	}

	static Map<String, Object> groupMessage(int messageId, TgUser user, long groupId, String type, String text) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", messageId);
		message.put("from", user(user));
		message.put("chat", Map.of("id", groupId, "type", type, "title", "Nachbarschaftsverein"));
		message.put("date", now());
		message.put("text", text);
		return message;
	}

	static Map<String, Object> channelPost(int messageId, long channelId, String text) {
		Map<String, Object> chat = Map.of("id", channelId, "type", "channel", "title", "Stadtkanal");
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", messageId);
		message.put("sender_chat", chat);
		message.put("chat", chat);
		message.put("date", now());
		message.put("text", text);
		return message;
	}

	static Map<String, Object> botAdded(TgUser user, long groupId, long botId, String botUsername) {
		Map<String, Object> bot = Map.of("id", botId, "is_bot", true, "first_name", "mitreden", "username",
				botUsername);
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("chat", Map.of("id", groupId, "type", "group", "title", "Nachbarschaftsverein"));
		change.put("from", user(user));
		change.put("date", now());
		change.put("old_chat_member", Map.of("status", "left", "user", bot));
		change.put("new_chat_member", Map.of("status", "member", "user", bot));
		return change;
	}

	static Map<String, Object> bot(long botId, String username) {
		return Map.of("id", botId, "is_bot", true, "first_name", "mitreden", "username", username);
	}

	static Map<String, Object> botMessage(int messageId, long chatId, String text, long botId, String username) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", messageId);
		message.put("from", bot(botId, username));
		message.put("chat", Map.of("id", chatId, "type", chatId > 0 ? "private" : "group"));
		message.put("date", now());
		message.put("text", text);
		return message;
	}

	private static Map<String, Object> privateBase(int messageId, TgUser user) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", messageId);
		message.put("from", user(user));
		message.put("chat", privateChat(user));
		message.put("date", now());
		return message;
	}

	private static Map<String, Object> user(TgUser user) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", user.id());
		json.put("is_bot", false);
		json.put("first_name", user.firstName());
		json.put("last_name", user.lastName());
		json.put("username", user.username());
		json.put("language_code", user.languageCode());
		return json;
	}

	private static Map<String, Object> privateChat(TgUser user) {
		return Map.of("id", user.id(), "type", "private", "first_name", user.firstName(), "last_name",
				user.lastName(), "username", user.username());
	}

	private static Map<String, Object> with(Map<String, Object> base, Object... more) {
		Map<String, Object> json = new LinkedHashMap<>(base);
		for (int i = 0; i < more.length; i += 2) {
			json.put((String) more[i], more[i + 1]);
		}
		return json;
	}

	private static long now() {
		return System.currentTimeMillis() / 1000;
	}

}
