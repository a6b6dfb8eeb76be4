package de.mitreden.webchat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.mitreden.conversation.Conversations;
import de.mitreden.conversation.Incoming;
import de.mitreden.conversation.ParticipantRef;
import de.mitreden.conversation.Transport;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.Input;
import de.mitreden.dialogue.Reply;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web chat's JSON API: one request is one input of one participant, answered with the bot's
 * replies once they are stored. Request bodies are never logged.
 */
@RestController
class ChatApiController {

	/** Far above any honest message (the page allows 4,000 characters); anything bigger is refused unread. */
	static final int MAX_BODY_BYTES = 16 * 1024;

	private final Conversations conversations;

	private final JsonMapper json;

	private final WebChatSettings settings;

	private final ChatRateLimit rateLimit;

	ChatApiController(Conversations conversations, JsonMapper json, WebChatSettings settings,
			ChatRateLimit rateLimit) {
		this.conversations = conversations;
		this.json = json;
		this.settings = settings;
		this.rateLimit = rateLimit;
	}

	@PostMapping(path = "/chat/api/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> post(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return tooLarge();
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			return tooLarge();
		}
		return parse(body).map(this::answer).orElseGet(() -> badRequest("This is not a chat message."));
	}

	private ResponseEntity<Object> answer(ChatRequest request) {
		if (!BrowserIds.isValid(request.id())) {
			return badRequest("This chat has no valid id. Please reload the page.");
		}
		if (!this.rateLimit.tryAcquire(BrowserIds.normalised(request.id()))) {
			return tooFast(request);
		}
		Optional<Input> input = ChatInputs.of(request);
		if (input.isEmpty()) {
			return badRequest("Please send one of: text, press, command or resume.");
		}
		return ResponseEntity.ok(respond(request, input.get()));
	}

	private ChatResponse respond(ChatRequest request, Input input) {
		ParticipantRef participant = new ParticipantRef(Transport.WEB, BrowserIds.normalised(request.id()));
		List<Reply> replies = this.conversations
			.handle(new Incoming(participant, input, request.language(), this.settings.shareLink()));
		DialogueEngine engine = this.conversations.engine();
		ChatLanguage language = ReplyLanguage.of(engine, replies, ChatLanguage.resolve(engine, request.language()));
		return ChatResponse.of(replies, language, PageTexts.of(engine, language.code()));
	}

	private Optional<ChatRequest> parse(byte[] body) {
		try {
			return Optional.ofNullable(this.json.readValue(body, ChatRequest.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static ResponseEntity<Object> tooLarge() {
		return error(HttpStatus.CONTENT_TOO_LARGE, "This message is far too long. Please write less.");
	}

	/** 429 with the "slow down" text in the language the browser asks for. */
	private ResponseEntity<Object> tooFast(ChatRequest request) {
		DialogueEngine engine = this.conversations.engine();
		String text = engine.text(engine.resolveLanguage(request.language()), "web.too-fast");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", "10")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", text));
	}

	private static ResponseEntity<Object> badRequest(String message) {
		return error(HttpStatus.BAD_REQUEST, message);
	}

	private static ResponseEntity<Object> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}

}
