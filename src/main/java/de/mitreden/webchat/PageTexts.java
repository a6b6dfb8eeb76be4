package de.mitreden.webchat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.mitreden.dialogue.DialogueEngine;

/**
 * The chat page's own texts in one language, all from bot/messages (keys {@code web.*}) and the
 * command menu, so that the page speaks the participant's language and no text lives in Java.
 *
 * @param title the page title and heading
 * @param anonymousNote the short promise shown under the heading
 * @param inputLabel the label of the answer field (read by screen readers)
 * @param placeholder the hint inside the empty answer field
 * @param send the send button
 * @param error what the page says when the server cannot be reached
 * @param retry the button that sends the same message again after an error
 * @param noscript what the page says to a browser without JavaScript
 * @param menu the commands offered as buttons on the page
 */
record PageTexts(String title, String anonymousNote, String inputLabel, String placeholder, String send,
		String error, String retry, String noscript, List<MenuEntry> menu) {

	/** Keys of bot/messages the page needs; a test checks every language has them. */
	static final List<String> KEYS = List.of("web.title", "web.anonymous-note", "web.input-label",
			"web.placeholder", "web.send", "web.language-menu", "web.start-again", "web.error", "web.retry",
			"web.noscript");

	/** Page menu: command and, where the page has a shorter label than the command menu, its key. */
	private static final Map<String, Optional<String>> MENU = Map.of("language", Optional.of("web.language-menu"),
			"privacy", Optional.empty(), "restart", Optional.of("web.start-again"), "delete", Optional.empty());

	private static final List<String> MENU_ORDER = List.of("language", "privacy", "restart", "delete");

	static PageTexts of(DialogueEngine engine, String language) {
		return new PageTexts(engine.text(language, "web.title"), engine.text(language, "web.anonymous-note"),
				engine.text(language, "web.input-label"), engine.text(language, "web.placeholder"),
				engine.text(language, "web.send"), engine.text(language, "web.error"),
				engine.text(language, "web.retry"), engine.text(language, "web.noscript"), menu(engine, language));
	}

	private static List<MenuEntry> menu(DialogueEngine engine, String language) {
		return engine.commandMenu(language)
			.stream()
			.filter((command) -> MENU.containsKey(command.name()))
			.sorted(java.util.Comparator.comparingInt((command) -> MENU_ORDER.indexOf(command.name())))
			.map((command) -> new MenuEntry(command.name(),
					MENU.get(command.name()).map((key) -> engine.text(language, key)).orElse(command.description())))
			.toList();
	}

	/** A command button: {@code command} is sent, {@code label} is shown. */
	record MenuEntry(String command, String label) {
	}

}
