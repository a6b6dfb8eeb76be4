package de.mitreden.dialogue;

/**
 * A dialogue or message file is invalid. The message names the file, the line and the problem, so
 * staff can fix it without reading Java; start-up stops with it.
 */
public class DialogueFileException extends RuntimeException {

	public DialogueFileException(String message) {
		super(message);
	}

}
