package de.mitreden.answers;

import java.time.LocalDate;

/** One exported answer, as staff see it. */
record AnswerRow(String dialogue, String question, long respondent, String answer, String language,
		String channel, LocalDate date) {
}
