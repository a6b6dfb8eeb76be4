package de.mitreden.admin;

import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks the places where a search text occurs, as HTML: everything the citizen wrote is escaped, only
 * the {@code <mark>} elements are ours. Used while the search index is not available.
 */
final class Highlight {

	private Highlight() {
	}

	static String of(String text, String query) {
		if (query == null || query.isBlank()) {
			return escape(text);
		}
		String needle = query.strip().toLowerCase(Locale.ROOT);
		String haystack = text.toLowerCase(Locale.ROOT);
		StringBuilder html = new StringBuilder();
		int start = 0;
		for (int hit = haystack.indexOf(needle); hit >= 0 && haystack.length() == text.length(); hit = haystack
			.indexOf(needle, start)) {
			html.append(escape(text.substring(start, hit)))
				.append("<mark>")
				.append(escape(text.substring(hit, hit + needle.length())))
				.append("</mark>");
			start = hit + needle.length();
		}
		return html.append(escape(text.substring(start))).toString();
	}

	/** Only {@code < > & " '} become entities; umlauts and Arabic stay readable in the page source. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
