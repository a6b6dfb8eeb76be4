package de.mitreden.telegram;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.telegram.telegrambots.meta.TelegramUrl;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Telegram bot ({@code mitreden.telegram.*}, documented in config/application.yml).
 *
 * @param botToken the token BotFather gave; empty means: no Telegram bot, only the web chat
 * @param botUsername the bot's username without @, for t.me links; empty: asked from Telegram
 * (getMe) at start
 * @param apiUrl the Bot API server: scheme, host and port, no path (a self-hosted Bot API server, or
 * a fake one in tests)
 * @param databaseOutageLimit how long the bot keeps retrying a batch while the database is away
 * before it stops the process instead of confirming updates it could not store
 */
@ConfigurationProperties("mitreden.telegram")
@Validated
record TelegramSettings(String botToken,
		@Pattern(regexp = "[A-Za-z0-9_]{0,32}", message = "must be the bot's username without @") String botUsername,
		@NotNull URI apiUrl, @DefaultValue("2m") @NotNull Duration databaseOutageLimit) {

	TelegramSettings {
		botUsername = botUsername == null ? "" : botUsername.strip();
	}

	boolean hasToken() {
		return this.botToken != null && !this.botToken.isBlank();
	}

	@AssertTrue(message = "api-url must be scheme, host and optional port, e.g. https://api.telegram.org")
	boolean isApiUrlPlain() {
		return this.apiUrl == null || (isHttp(this.apiUrl.getScheme()) && this.apiUrl.getHost() != null
				&& (this.apiUrl.getRawPath() == null || this.apiUrl.getRawPath().isEmpty()
						|| this.apiUrl.getRawPath().equals("/"))
				&& this.apiUrl.getRawQuery() == null);
	}

	/** The one server address that both long polling and sending use (see docs/ARCHITECTURE.md). */
	TelegramUrl telegramUrl() {
		String scheme = this.apiUrl.getScheme().toLowerCase();
		int port = (this.apiUrl.getPort() != -1) ? this.apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
		return new TelegramUrl(scheme, this.apiUrl.getHost(), port, false);
	}

	private static boolean isHttp(String scheme) {
		return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
	}

	/** Keeps the token out of logs and error messages. */
	@Override
	public String toString() {
		return "TelegramSettings[botToken=" + (hasToken() ? "<set>" : "<empty>") + ", botUsername=" + this.botUsername
				+ ", apiUrl=" + this.apiUrl + ", databaseOutageLimit=" + this.databaseOutageLimit + "]";
	}

}
