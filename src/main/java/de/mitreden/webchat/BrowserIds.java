package de.mitreden.webchat;

import java.util.regex.Pattern;

/**
 * The browser id must look like a UUID: 122 random bits from {@code crypto.randomUUID()}, so one
 * participant cannot guess another's id, and nothing else (no name, no address) can be sent as one.
 */
final class BrowserIds {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private BrowserIds() {
	}

	static boolean isValid(String id) {
		return id != null && UUID.matcher(id).matches();
	}

	/** One participant per id, whatever case the browser used. */
	static String normalised(String id) {
		return id.toLowerCase(java.util.Locale.ROOT);
	}

}
