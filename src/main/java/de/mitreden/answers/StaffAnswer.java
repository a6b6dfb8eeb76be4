package de.mitreden.answers;

import java.time.LocalDate;

/**
 * One stored answer as staff see it in the admin web: the text, where it came from, and whether it is
 * hidden (and why). Carries the respondent number, never the participant key.
 *
 * @param id the answer's id
 * @param dialogue the dialogue id
 * @param question the question id
 * @param respondent the random respondent number
 * @param text the answer as written (or the option id / rating of a choice question)
 * @param language the participant's language code
 * @param channel the channel: a multiplier code, "direct", "web" or "import"
 * @param date the day it was given
 * @param hidden true if staff hid it
 * @param hiddenReason the reason staff gave, or null
 * @param hiddenOn the day it was hidden, or null
 */
public record StaffAnswer(long id, String dialogue, String question, long respondent, String text, String language,
		String channel, LocalDate date, boolean hidden, String hiddenReason, LocalDate hiddenOn) {
}
