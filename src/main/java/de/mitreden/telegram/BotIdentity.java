package de.mitreden.telegram;

/** The bot's username, known once the bot has started (from the settings or from getMe). */
final class BotIdentity {

	private volatile String username = "";

	void setUsername(String username) {
		this.username = username;
	}

	/** The link a participant can pass on: opens a private chat with this bot. */
	String shareLink() {
		return "https://t.me/" + this.username;
	}

}
