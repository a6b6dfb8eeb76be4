package de.mitreden.admin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import de.mitreden.answers.AnswerFilter;
import de.mitreden.answers.AnswerPage;
import de.mitreden.answers.AnswerQueries;
import de.mitreden.answers.StaffAnswer;

import org.springframework.stereotype.Component;

/**
 * One page of the answers of a question with the staff's search and filters, each answer with its text
 * as HTML where the search hits are marked.
 */
@Component
class AnswerListing {

	static final int PAGE_SIZE = 25;

	private final AnswerQueries answers;

	AnswerListing(AnswerQueries answers) {
		this.answers = answers;
	}

	/** @param ids only these answers (a theme's), or null for all */
	Listing list(DialogueView dialogue, QuestionView question, AnswerListParams params, Collection<Long> ids) {
		AnswerFilter filter = new AnswerFilter(dialogue.id(), question.id(), params.getLanguage(), params.getChannel(),
				params.getFrom(), params.getTo(), otherAnswers(dialogue, params), params.getQ(), ids,
				params.isHidden());
		AnswerPage page = this.answers.page(filter, params.getPage(), PAGE_SIZE);
		List<Listed> listed = page.answers()
			.stream()
			.map((answer) -> new Listed(answer, Highlight.of(answer.text(), params.getQ())))
			.toList();
		return new Listing(listed, page.total(), page.page(), page.pages());
	}

	/** The rating and field-of-action filters: answers of respondents who gave these answers too. */
	static List<AnswerFilter.OtherAnswer> otherAnswers(DialogueView dialogue, AnswerListParams params) {
		return Stream.of(params.getRating(), params.getField())
			.flatMap((chosen) -> otherAnswer(dialogue, chosen).stream())
			.toList();
	}

	/** "questionId:value" of a question of this dialogue; anything else is ignored. */
	private static Optional<AnswerFilter.OtherAnswer> otherAnswer(DialogueView dialogue, String chosen) {
		if (chosen == null || !chosen.contains(":")) {
			return Optional.empty();
		}
		String question = chosen.substring(0, chosen.indexOf(':'));
		String value = chosen.substring(chosen.indexOf(':') + 1);
		return dialogue.find(question).map((found) -> new AnswerFilter.OtherAnswer(found.id(), value));
	}

	/** An answer with its text as HTML, search hits marked. */
	record Listed(StaffAnswer answer, String html) {
	}

	record Listing(List<Listed> answers, long total, int page, int pages) {
	}

}
