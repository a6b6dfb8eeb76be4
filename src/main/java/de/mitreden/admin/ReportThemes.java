package de.mitreden.admin;

import java.util.Map;
import java.util.Optional;

import de.mitreden.answers.StaffAnswer;

/**
 * The themes of a dialogue's free-text questions as the report needs them: the theme page per question
 * (label, count, share, quotes), count tables, and the theme of each answer.
 *
 * @param pages the theme page per question id (free-text questions only)
 */
record ReportThemes(Map<String, ThemePages.ThemePage> pages) {

	static ReportThemes of(DialogueView dialogue, ThemePages themePages) {
		Map<String, ThemePages.ThemePage> pages = new java.util.LinkedHashMap<>();
		dialogue.textQuestions().forEach((question) -> pages.put(question.id(), themePages.of(dialogue, question)));
		return new ReportThemes(pages);
	}

	/** The themes of a question, if computed. */
	public Optional<ThemePages.ThemePage> page(QuestionView question) {
		return Optional.ofNullable(this.pages.get(question.id())).filter(ThemePages.ThemePage::computed);
	}

	/** The themes of one question with their answer counts and shares, by language. */
	Optional<CountTable> summary(QuestionView question) {
		return page(question).map((page) -> page.table(true));
	}

	/** The label of the answer's theme; "" for answers of questions without themes. */
	String themeOf(StaffAnswer answer) {
		ThemePages.ThemePage page = this.pages.get(answer.question());
		return (page != null && page.computed()) ? page.labelOf(answer.id()) : "";
	}

}
