package de.mitreden.admin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.mitreden.answers.AnswerQueries;
import de.mitreden.answers.StaffAnswer;
import de.mitreden.search.AnswerSearch;
import de.mitreden.search.IndexStatus;
import de.mitreden.search.SearchHit;
import de.mitreden.search.SearchPage;
import de.mitreden.search.SearchQuery;

import org.springframework.stereotype.Component;

/**
 * One page of the answers of a question with the staff's search and filters, through the search index
 * (each answer's language analysed with its own analyzer, hits marked); the answers' details (the reason
 * a hidden one was hidden) come from the database.
 */
@Component
class AnswerListing {

	static final int PAGE_SIZE = SearchQuery.DEFAULT_PAGE_SIZE;

	private final AnswerSearch search;

	private final AnswerQueries answers;

	AnswerListing(AnswerSearch search, AnswerQueries answers) {
		this.search = search;
		this.answers = answers;
	}

	/** @param ids only these answers (a theme's), or null for all */
	Listing list(DialogueView dialogue, QuestionView question, AnswerListParams params, Collection<Long> ids) {
		SearchPage page = this.search.search(query(dialogue, question, params, ids).page(params.getPage(), PAGE_SIZE).build());
		Map<Long, StaffAnswer> details = this.answers.findAll(page.hits().stream().map(SearchHit::answerId).toList())
			.stream()
			.collect(Collectors.toMap(StaffAnswer::id, Function.identity()));
		List<Listed> listed = page.hits()
			.stream()
			.filter((hit) -> details.containsKey(hit.answerId()))
			.map((hit) -> new Listed(details.get(hit.answerId()), hit.html()))
			.toList();
		IndexStatus status = this.search.status();
		return new Listing(listed, page.total(), page.page(), Math.max(1, page.totalPages()), status.building(),
				status.catchingUp());
	}

	/** The ids of all answers of the question that the text query finds (for a theme from a search). */
	List<Long> matchingIds(DialogueView dialogue, QuestionView question, String text) {
		return this.search.matchingIds(SearchQuery.builder().dialogue(dialogue.id()).question(question.id()).text(text)
			.build());
	}

	private static SearchQuery.Builder query(DialogueView dialogue, QuestionView question, AnswerListParams params,
			Collection<Long> ids) {
		SearchQuery.Builder query = SearchQuery.builder()
			.dialogue(dialogue.id())
			.question(question.id())
			.language(params.getLanguage())
			.channel(params.getChannel())
			.dates(params.getFrom(), params.getTo())
			.answerIds(ids)
			.includeHidden(params.isHidden())
			.text(params.getQ());
		otherAnswers(dialogue, params).forEach((other) -> query.respondentAnswered(other.question(), List.of(other.value())));
		return query;
	}

	/** The rating and field-of-action filters: answers of respondents who gave these answers too. */
	static List<OtherAnswer> otherAnswers(DialogueView dialogue, AnswerListParams params) {
		return Stream.of(params.getRating(), params.getField())
			.flatMap((chosen) -> otherAnswer(dialogue, chosen).stream())
			.toList();
	}

	/** "questionId:value" of a question of this dialogue; anything else is ignored. */
	private static Optional<OtherAnswer> otherAnswer(DialogueView dialogue, String chosen) {
		if (chosen == null || !chosen.contains(":")) {
			return Optional.empty();
		}
		String question = chosen.substring(0, chosen.indexOf(':'));
		String value = chosen.substring(chosen.indexOf(':') + 1);
		return dialogue.find(question).map((found) -> new OtherAnswer(found.id(), value));
	}

	/** An answer to another question of the same dialogue. */
	record OtherAnswer(String question, String value) {
	}

	/** An answer with its text as HTML, search hits marked. */
	record Listed(StaffAnswer answer, String html) {
	}

	/** @param indexing true while the search index is still being built (results may be incomplete) */
	/**
	 * @param indexing the search index is being built from the database: answers may be missing
	 * @param catchingUp answers saved a moment ago are not searchable yet
	 */
	record Listing(List<Listed> answers, long total, int page, int pages, boolean indexing, boolean catchingUp) {
	}

}
