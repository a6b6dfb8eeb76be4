package de.mitreden.dialogue;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One question of a dialogue (structure only; texts are per language in {@link DialogueTexts}).
 *
 * @param id the question's id, used in the export
 * @param kind how it is answered
 * @param optional true if people may skip it
 * @param options option ids for single and multiple choice; empty otherwise
 * @param scale the highest rating for a rating question; 0 otherwise
 * @param profile true for a single-choice question about the person (age group, home, history): staff see it
 *        as a profile breakdown, where groups smaller than 5 are not shown
 */
public record Question(String id, QuestionKind kind, boolean optional, List<String> options, int scale,
		boolean profile) {

	public Question {
		options = List.copyOf(options);
	}

	/** The values a button press may carry: the option ids, or "1" to the scale for a rating. */
	public List<String> choices() {
		if (kind == QuestionKind.RATING) {
			return IntStream.rangeClosed(1, scale).mapToObj(Integer::toString).toList();
		}
		return options;
	}

	public boolean isChoice() {
		return kind != QuestionKind.TEXT;
	}

}
