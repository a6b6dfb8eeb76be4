package de.mitreden.webchat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where citizens reach this server.
 *
 * @param publicUrl base address, e.g. {@code https://mitreden.example.org}; the chat is shared as
 * {@code <publicUrl>/chat}
 */
@ConfigurationProperties("mitreden.web")
record WebChatSettings(String publicUrl) {

	WebChatSettings {
		publicUrl = (publicUrl == null || publicUrl.isBlank()) ? "http://localhost:8080" : stripSlash(publicUrl.strip());
	}

	/** The link a participant can pass on at the end of the dialogue. */
	String shareLink() {
		return this.publicUrl + "/chat";
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
