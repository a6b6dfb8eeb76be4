package de.mitreden.answers;

import java.time.LocalDate;

/**
 * A contribution gathered outside the chat (notes of a dialogue event, a paper questionnaire) that staff
 * add to a question.
 *
 * @param dialogue the dialogue id
 * @param question the question id
 * @param text the contribution
 * @param language its language code
 * @param channel the channel, normally "import"
 * @param date the day it was given
 */
public record ImportedAnswer(String dialogue, String question, String text, String language, String channel,
		LocalDate date) {
}
