package de.mitreden.conversation;

import java.util.Locale;

/** Where a participant talks to mitreden. */
public enum Transport {

	/** The Telegram bot; a participant without a multiplier code gets the channel "direct". */
	TELEGRAM("direct"),

	/** The web chat; a participant without a multiplier code gets the channel "web". */
	WEB("web");

	private final String defaultChannel;

	Transport(String defaultChannel) {
		this.defaultChannel = defaultChannel;
	}

	/** The channel recorded with answers when the participant came without a valid code. */
	public String defaultChannel() {
		return this.defaultChannel;
	}

	/**
	 * The transport's part of the hashed participant id. Changing it would make every returning
	 * participant look new.
	 */
	String keyPrefix() {
		return name().toLowerCase(Locale.ROOT);
	}

}
