package de.mitreden.admin;

import java.util.Map;

/** German names of languages and channels for the staff pages and reports. */
public final class Labels {

	private static final Map<String, String> LANGUAGES = Map.of("de", "Deutsch", "en", "Englisch", "tr", "Türkisch",
			"ar", "Arabisch", "uk", "Ukrainisch", "ru", "Russisch");

	private static final Map<String, String> CHANNELS = Map.of("direct", "Telegram (direkt)", "web", "Web-Chat",
			"import", "Import");

	private Labels() {
	}

	public static String language(String code) {
		return LANGUAGES.getOrDefault(code, code);
	}

	/** A multiplier code stays as it is: staff gave it to the multiplier. */
	public static String channel(String code) {
		return CHANNELS.getOrDefault(code, code);
	}

}
