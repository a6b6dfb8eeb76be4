package de.mitreden.telegram;

/**
 * The bot's username, known once the bot has started (from the settings or from getMe). Public for
 * the links module, which builds {@code t.me} deep links from it.
 */
public final class BotIdentity {

	private volatile String username = "";

	void setUsername(String username) {
		this.username = username;
	}

	/** The bot's username without @, or empty while it is not known yet. */
	public java.util.Optional<String> username() {
		return java.util.Optional.ofNullable(this.username).filter((name) -> !name.isBlank());
	}

	/** The link a participant can pass on: opens a private chat with this bot. */
	String shareLink() {
		return "https://t.me/" + this.username;
	}

}
