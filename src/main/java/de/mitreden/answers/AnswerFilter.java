package de.mitreden.answers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Which answers of one question staff want to see, by the stored facts (full-text search is the search
 * module's). Every null (or blank) criterion means "any".
 *
 * @param dialogue the dialogue id (required)
 * @param question the question id (required)
 * @param language only answers in this language
 * @param channel only answers from this channel
 * @param from only answers given on or after this day
 * @param to only answers given on or before this day
 * @param sameRespondent only answers of respondents who also gave each of these answers to other questions
 * of the dialogue (a rating, a ticked field of action); empty for any
 * @param ids only these answer ids (e.g. the answers of one theme); null for any
 * @param includeHidden true to list hidden answers as well
 */
public record AnswerFilter(String dialogue, String question, String language, String channel, LocalDate from,
		LocalDate to, List<OtherAnswer> sameRespondent, Collection<Long> ids, boolean includeHidden) {

	public AnswerFilter {
		sameRespondent = (sameRespondent != null) ? List.copyOf(sameRespondent) : List.of();
	}

	/**
	 * An answer to another question of the same dialogue.
	 *
	 * @param question the other question's id
	 * @param value the option id or rating value
	 */
	public record OtherAnswer(String question, String value) {
	}

}
