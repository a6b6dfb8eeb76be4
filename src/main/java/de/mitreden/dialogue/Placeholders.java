package de.mitreden.dialogue;

import java.util.Map;

/** Fills {@code {name}} placeholders in bot texts. */
final class Placeholders {

	private Placeholders() {
	}

	static String fill(String text, Map<String, ?> values) {
		String filled = text;
		for (Map.Entry<String, ?> value : values.entrySet()) {
			filled = filled.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
		}
		return filled;
	}

}
