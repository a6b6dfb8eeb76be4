package de.mitreden.dialogue;

/**
 * One entry of the command menu (e.g. Telegram's "/" menu).
 *
 * @param name the command without "/", e.g. "start"
 * @param description a short description in the participant's language
 */
public record CommandInfo(String name, String description) {
}
