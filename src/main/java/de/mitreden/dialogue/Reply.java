package de.mitreden.dialogue;

import java.util.List;

/**
 * One message the bot sends.
 *
 * @param text plain text (no markup) in the participant's language
 * @param buttons rows of buttons under the message; empty for none
 * @param replacesPressedMessage true if this reply should replace the message whose button was just
 * pressed (a multiple-choice toggle), instead of being sent as a new message
 * @param rightToLeft true if the text is in a right-to-left language (Arabic)
 * @param language the code of the language the text is in (de, en, tr, ar, uk, ru), so a transport can
 * label its own page or menu in the same language
 */
public record Reply(String text, List<List<Button>> buttons, boolean replacesPressedMessage, boolean rightToLeft,
		String language) {

	public Reply {
		buttons = buttons.stream().map(List::copyOf).toList();
	}

}
