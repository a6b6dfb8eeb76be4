package de.mitreden.dialogue;

import java.util.List;

/** What a dialogue step changes among the participant's stored answers. */
public sealed interface AnswerChange {

	/** One more free-text answer to a question (a second thought adds, it does not replace). */
	record Add(String dialogueId, String questionId, String value, String language) implements AnswerChange {
	}

	/**
	 * The participant's choice for a question: replaces any earlier choice for it, so a double tap or
	 * a second run through the dialogue keeps one answer per participant and question.
	 */
	record Replace(String dialogueId, String questionId, List<String> values, String language)
			implements AnswerChange {
	}

	/** The participant asked to delete everything stored about them (confirmed). */
	record DeleteEverything() implements AnswerChange {
	}

}
