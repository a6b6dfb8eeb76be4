package de.mitreden.admin;

import java.util.ArrayList;
import java.util.List;

import de.mitreden.answers.AnswerFilter;
import de.mitreden.answers.AnswerQueries;

import org.springframework.stereotype.Component;

/**
 * The answers of a question that a search finds, for "a theme from a search". TRANSITIONAL: a plain
 * case-insensitive text match until the search module's AnswerSearch is on main.
 */
@Component
class ThemeSearch {

	private final AnswerQueries answers;

	ThemeSearch(AnswerQueries answers) {
		this.answers = answers;
	}

	List<String> matchingIds(DialogueView dialogue, QuestionView question, String query) {
		AnswerFilter filter = new AnswerFilter(dialogue.id(), question.id(), null, null, null, null, null, query, null,
				false);
		List<String> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			var found = this.answers.page(filter, page, 500);
			found.answers().forEach((answer) -> ids.add(Long.toString(answer.id())));
			if ((long) (page + 1) * 500 >= found.total()) {
				return ids;
			}
		}
	}

}
