package de.mitreden.search;

/** The names of the fields of an answer document in the index. */
final class AnswerFields {

	/** The answer id: point (filter by ids), doc value (sort, fingerprint), stored. */
	static final String ID = "id";

	/** The respondent number as a term: all of a respondent's documents are replaced together. */
	static final String RESPONDENT = "respondent";

	static final String DIALOGUE = "dialogue";

	static final String QUESTION = "question";

	/** The language the text is written in (detected). */
	static final String LANGUAGE = "language";

	/** The language of the participant's menu. */
	static final String MENU_LANGUAGE = "menu_language";

	static final String CHANNEL = "channel";

	/** The day as epoch day: point (range filter), doc value (sort), stored. */
	static final String DAY = "day";

	/** "true" or "false" as a term; 1 or 0 as a doc value (fingerprint). */
	static final String HIDDEN = "hidden";

	/** "question=value" for every short answer of the same respondent in the same dialogue. */
	static final String RESPONDENT_ANSWERED = "answered";

	private AnswerFields() {
	}

	static String answered(String question, String value) {
		return question + "=" + value;
	}

}
