package de.mitreden.dialogue;

/** How a question is answered; the name in lower case is the {@code kind} in dialogue.yml. */
public enum QuestionKind {

	/** Free text; people may add several thoughts. */
	TEXT,
	/** One option, by button. */
	SINGLE,
	/** Any number of options, ticked by button, then "done". */
	MULTIPLE,
	/** A number from 1 to the scale, by button or typed. */
	RATING;

	String fileName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
