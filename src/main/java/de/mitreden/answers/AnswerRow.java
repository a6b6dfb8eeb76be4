package de.mitreden.answers;

import java.time.LocalDate;

/**
 * One exported answer, as staff see it.
 *
 * @param theme the label of the answer's theme; "Sonstiges" if its question has themes but the answer fits
 * none; empty for questions without themes
 */
record AnswerRow(String dialogue, String question, long respondent, String answer, String language,
		String channel, LocalDate date, String theme) {

	AnswerRow(String dialogue, String question, long respondent, String answer, String language, String channel,
			LocalDate date) {
		this(dialogue, question, respondent, answer, language, channel, date, "");
	}

}
