package de.mitreden.telegram.fake;

/** A Telegram user as the fake server shows them to the bot. In a private chat, chat id = user id. */
public record TgUser(long id, String firstName, String lastName, String username, String languageCode) {
}
