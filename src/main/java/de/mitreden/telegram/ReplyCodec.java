package de.mitreden.telegram;

import java.util.List;

import de.mitreden.dialogue.Reply;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Replies as JSON text, so the replies of an update survive a crash between commit and sending. */
final class ReplyCodec {

	private static final TypeReference<List<Reply>> REPLIES = new TypeReference<>() {
	};

	private final JsonMapper json = JsonMapper.builder().build();

	String write(List<Reply> replies) {
		return this.json.writeValueAsString(replies);
	}

	List<Reply> read(String text) {
		return this.json.readValue(text, REPLIES);
	}

}
