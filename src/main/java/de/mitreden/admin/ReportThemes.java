package de.mitreden.admin;

import java.util.Optional;

import de.mitreden.answers.StaffAnswer;

/**
 * The themes of a dialogue's free-text questions as the report needs them: a count table per question
 * and the theme of each answer.
 */
interface ReportThemes {

	/** No themes (yet): the report shows answers without a theme. */
	ReportThemes NONE = new ReportThemes() {

		@Override
		public Optional<CountTable> summary(QuestionView question) {
			return Optional.empty();
		}

		@Override
		public String themeOf(StaffAnswer answer) {
			return "";
		}

	};

	/** The themes of one question with their answer counts and shares. */
	Optional<CountTable> summary(QuestionView question);

	/** The label of the answer's theme, or "" if it has none. */
	String themeOf(StaffAnswer answer);

}
