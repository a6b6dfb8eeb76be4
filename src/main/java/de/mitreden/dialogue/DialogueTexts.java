package de.mitreden.dialogue;

import java.util.Map;

/**
 * The texts of one dialogue in one language ({@code dialogues/<id>/<language>.yml}).
 *
 * @param title a short title
 * @param welcome who asks, why, how long, anonymity, use of the answers; may contain {questions}
 * @param privacy what is stored and what not, how to delete, whom to ask
 * @param thanks the closing text; may contain {link}
 * @param share an optional short text to send along with the link; may contain {link}; null if absent
 * @param questions the texts per question id
 */
public record DialogueTexts(String title, String welcome, String privacy, String thanks, String share,
		Map<String, QuestionTexts> questions) {

	public DialogueTexts {
		questions = Map.copyOf(questions);
	}

	/**
	 * The texts of one question.
	 *
	 * @param text the question itself
	 * @param options labels per option id (single and multiple choice)
	 * @param low label of the lowest rating; null for other kinds
	 * @param high label of the highest rating; null for other kinds
	 */
	public record QuestionTexts(String text, Map<String, String> options, String low, String high) {

		public QuestionTexts {
			options = Map.copyOf(options);
		}

	}

}
