package de.mitreden.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.mitreden.dialogue.DialogueTexts;
import de.mitreden.dialogue.DialogueTexts.QuestionTexts;
import de.mitreden.dialogue.Question;
import de.mitreden.dialogue.QuestionKind;

/**
 * One question for the staff pages.
 *
 * @param number its position, from 1
 * @param id the question id
 * @param kind how it is answered
 * @param text the German question text on one line
 * @param values the possible values of a choice or rating question with their German labels, in order
 * @param optional true if people may skip it
 * @param profile true if it asks about the person (shown as a profile breakdown, small groups hidden)
 */
record QuestionView(int number, String id, QuestionKind kind, String text, Map<String, String> values,
		boolean optional, boolean profile) {

	/** The length of a question title in a table row. */
	private static final int SHORT = 70;

	static QuestionView of(int number, Question question, DialogueTexts texts) {
		QuestionTexts own = (texts != null) ? texts.questions().get(question.id()) : null;
		String text = (own != null) ? oneLine(own.text()) : question.id();
		return new QuestionView(number, question.id(), question.kind(), text, values(question, own),
				question.optional(), question.profile());
	}

	private static Map<String, String> values(Question question, QuestionTexts texts) {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> choices = question.choices();
		for (int i = 0; i < choices.size(); i++) {
			values.put(choices.get(i), label(question, texts, choices.get(i), i));
		}
		return values;
	}

	private static String label(Question question, QuestionTexts texts, String value, int index) {
		if (texts == null) {
			return value;
		}
		if (question.kind() == QuestionKind.RATING) {
			String end = (index == 0) ? texts.low() : (index == question.scale() - 1) ? texts.high() : null;
			return (end != null) ? value + " – " + end : value;
		}
		return texts.options().getOrDefault(value, value);
	}

	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s*\\n\\s*", " ");
	}

	public boolean isText() {
		return this.kind == QuestionKind.TEXT;
	}

	public boolean isRating() {
		return this.kind == QuestionKind.RATING;
	}

	public boolean isChoice() {
		return this.kind != QuestionKind.TEXT;
	}

	/** "Frage 2: Denken Sie an …" */
	public String title() {
		return "Frage " + this.number + ": " + this.text;
	}

	/** "Frage 2: Denken Sie an Menschen, die neu …": short enough for a table row. */
	public String shortTitle() {
		return Excerpt.of(title(), SHORT);
	}

	public String valueLabel(String value) {
		return this.values.getOrDefault(value, value);
	}

}
