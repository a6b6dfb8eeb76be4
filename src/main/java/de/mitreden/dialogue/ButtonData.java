package de.mitreden.dialogue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button press means, kept short for Telegram's 64-byte callback data: an action code, for
 * question buttons the question index, and for choices the value, e.g. {@code "a:4:18-29"}.
 * Anything that does not parse is treated as a stale or forged press.
 */
record ButtonData(Action action, int index, String value) {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

	private static final Pattern VALUE = Pattern.compile("[a-z0-9-]{1,40}");

	enum Action {

		CONSENT("c", false, false), PRIVACY("p", false, false), CHANGE_LANGUAGE("l", false, false),
		PICK_LANGUAGE("L", false, true), ANSWER("a", true, true), TOGGLE("t", true, true), FINISH("d", true, false),
		SKIP("s", true, false), MORE("m", true, false), NEXT("n", true, false), DELETE_YES("Y", false, false),
		DELETE_NO("N", false, false);

		private final String code;

		private final boolean hasIndex;

		private final boolean hasValue;

		Action(String code, boolean hasIndex, boolean hasValue) {
			this.code = code;
			this.hasIndex = hasIndex;
			this.hasValue = hasValue;
		}

		int parts() {
			return 1 + (hasIndex ? 1 : 0) + (hasValue ? 1 : 0);
		}

	}

	static ButtonData of(Action action) {
		return new ButtonData(action, -1, null);
	}

	static ButtonData of(Action action, int index) {
		return new ButtonData(action, index, null);
	}

	static ButtonData of(Action action, int index, String value) {
		return new ButtonData(action, index, value);
	}

	static ButtonData language(String language) {
		return new ButtonData(Action.PICK_LANGUAGE, -1, language);
	}

	String encode() {
		StringBuilder data = new StringBuilder(action.code);
		if (action.hasIndex) {
			data.append(':').append(index);
		}
		if (action.hasValue) {
			data.append(':').append(value);
		}
		return data.toString();
	}

	static Optional<ButtonData> parse(String data) {
		if (data == null || data.getBytes(StandardCharsets.UTF_8).length > 64) {
			return Optional.empty();
		}
		String[] parts = data.split(":", -1);
		for (Action action : Action.values()) {
			if (action.code.equals(parts[0]) && action.parts() == parts.length) {
				return parse(action, parts);
			}
		}
		return Optional.empty();
	}

	private static Optional<ButtonData> parse(Action action, String[] parts) {
		int index = -1;
		if (action.hasIndex) {
			if (!NUMBER.matcher(parts[1]).matches()) {
				return Optional.empty();
			}
			index = Integer.parseInt(parts[1]);
		}
		String value = action.hasValue ? parts[parts.length - 1] : null;
		if (value != null && !VALUE.matcher(value).matches()) {
			return Optional.empty();
		}
		return Optional.of(new ButtonData(action, index, value));
	}

}
