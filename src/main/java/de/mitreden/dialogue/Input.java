package de.mitreden.dialogue;

/**
 * What a participant sent, already translated by a transport into transport-neutral terms.
 * Transports never pass names, user ids or chat ids in here.
 */
public sealed interface Input {

	/** A slash command, e.g. {@code /start verein42} becomes {@code Command("start", "verein42")}. */
	record Command(String name, String argument) implements Input {
	}

	/** A typed message (may be blank or too long: the engine refuses those politely). */
	record Text(String text) implements Input {
	}

	/** A pressed button; {@code data} is the {@link Button#data()} the engine put on it (or something forged). */
	record Press(String data) implements Input {
	}

	/** Something the dialogue cannot take: a photo, a voice message, a sticker, ... */
	record Unsupported(UnsupportedKind kind) implements Input {
	}

	/** The participant came back (e.g. reloaded the web chat): show where they are, change nothing. */
	record Resume() implements Input {
	}

	enum UnsupportedKind {
		PHOTO, VOICE, VIDEO, STICKER, FILE, LOCATION, CONTACT, POLL, OTHER
	}

}
