package de.mitreden.webchat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where citizens reach this server.
 *
 * @param publicUrl base address, e.g. {@code https://mitreden.example.org}; the chat is shared as
 * {@code <publicUrl>/chat}
 * @param rateLimit how many messages one browser may send
 */
@ConfigurationProperties("mitreden.web")
record WebChatSettings(String publicUrl, RateLimit rateLimit) {

	WebChatSettings {
		publicUrl = (publicUrl == null || publicUrl.isBlank()) ? "http://localhost:8080" : stripSlash(publicUrl.strip());
		rateLimit = (rateLimit == null) ? new RateLimit(30, 60) : rateLimit;
	}

	/**
	 * Messages per browser: {@code burst} at once, refilled at {@code perMinute}.
	 *
	 * @param burst messages a browser may send in a quick row (at least 1)
	 * @param perMinute messages per minute a browser may send in the long run (at least 1)
	 */
	record RateLimit(int burst, int perMinute) {

		RateLimit {
			if (burst < 1 || perMinute < 1) {
				throw new IllegalArgumentException("mitreden.web.rate-limit: burst and per-minute must be at least 1");
			}
		}

	}

	/** The link a participant can pass on at the end of the dialogue. */
	String shareLink() {
		return this.publicUrl + "/chat";
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
