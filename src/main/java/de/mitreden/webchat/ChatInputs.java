package de.mitreden.webchat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mitreden.dialogue.Input;

/** Turns a browser request into the engine's {@link Input}, the way Telegram's transport does for a message. */
final class ChatInputs {

	/** {@code /name}, {@code /name@bot} or {@code /name argument}, as Telegram clients send commands. */
	private static final Pattern COMMAND = Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@\\S+)?(?:\\s+(.*))?",
			Pattern.DOTALL);

	private ChatInputs() {
	}

	/** Empty if the request asks for nothing (or for more than one thing). */
	static Optional<Input> of(ChatRequest request) {
		int asked = count(request.text()) + count(request.press()) + count(request.command())
				+ (request.wantsResume() ? 1 : 0);
		if (asked != 1) {
			return Optional.empty();
		}
		if (request.wantsResume()) {
			return Optional.of(new Input.Resume());
		}
		if (request.press() != null) {
			return Optional.of(new Input.Press(request.press()));
		}
		if (request.command() != null) {
			return Optional.of(new Input.Command(request.command(), blankToNull(request.argument())));
		}
		return Optional.of(typed(request.text()));
	}

	/** A typed "/language" is a command; anything else, even blank, is text for the engine to judge. */
	static Input typed(String text) {
		Matcher command = COMMAND.matcher(text.strip());
		if (command.matches()) {
			return new Input.Command(command.group(1).toLowerCase(java.util.Locale.ROOT), blankToNull(command.group(2)));
		}
		return new Input.Text(text);
	}

	private static int count(String field) {
		return field == null ? 0 : 1;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
