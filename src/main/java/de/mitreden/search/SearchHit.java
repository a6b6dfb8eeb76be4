package de.mitreden.search;

import java.time.LocalDate;

/**
 * One answer found.
 *
 * @param answerId the answer's id in the database
 * @param dialogue the dialogue id
 * @param question the question id
 * @param respondent the random respondent number
 * @param text the answer as given, NOT escaped (for {@code th:text})
 * @param html the whole answer as HTML: everything escaped, the words that matched the text query in
 * {@code <mark>…</mark>}; safe for {@code th:utext}
 * @param language the language the answer is written in (detected from the text)
 * @param menuLanguage the language of the participant's menu when they answered
 * @param channel where the participant came from
 * @param date the day of the answer
 * @param hidden true if staff hid the answer
 */
public record SearchHit(long answerId, String dialogue, String question, long respondent, String text, String html,
		String language, String menuLanguage, String channel, LocalDate date, boolean hidden) {
}
