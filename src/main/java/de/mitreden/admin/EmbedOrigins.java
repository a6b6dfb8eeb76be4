package de.mitreden.admin;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses {@code mitreden.web.embed-origins}: the websites that may show the web chat in a frame, as a
 * comma- or space-separated list of origins such as {@code https://www.wilhelmshaven.de}.
 */
final class EmbedOrigins {

	/** Scheme, host (with optional leading wildcard label) and optional port; nothing that could end a CSP directive. */
	private static final Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

	private EmbedOrigins() {
	}

	static List<String> parse(String configured) {
		if (configured == null || configured.isBlank()) {
			return List.of();
		}
		return Arrays.stream(configured.split("[,\\s]+")).filter((origin) -> !origin.isEmpty()).map(EmbedOrigins::checked).toList();
	}

	private static String checked(String origin) {
		String withoutSlash = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
		if (!ORIGIN.matcher(withoutSlash).matches()) {
			throw new IllegalArgumentException("mitreden.web.embed-origins: '" + origin
					+ "' is not an origin like https://www.example.org (scheme, host and optional port, no path)");
		}
		return withoutSlash;
	}

}
