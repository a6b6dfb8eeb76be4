package de.mitreden.answers;

import java.time.LocalDate;

/**
 * One stored answer row, for readers outside storage (the search index, themes).
 *
 * @param id the row's id; grows with each insert
 * @param dialogue the dialogue id
 * @param question the question id
 * @param respondent the random respondent number
 * @param value the answer as given: the text, an option id or a rating number
 * @param language the language of the participant's menu when they answered
 * @param channel where the participant came from
 * @param date the day of the answer
 * @param hidden true if staff hid it (insult, personal data): kept, but out of themes and exports
 */
public record StoredAnswer(long id, String dialogue, String question, long respondent, String value,
		String language, String channel, LocalDate date, boolean hidden) {
}
