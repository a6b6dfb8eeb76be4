package de.mitreden.answers;

import java.util.Collection;
import java.util.Set;

/**
 * Answers were stored, deleted, hidden or shown. Published inside the changing transaction and
 * meant to be handled after it commits ({@code @TransactionalEventListener(AFTER_COMMIT)}), so that
 * listeners (the search index, themes) read what the database holds. One event per dialogue step at
 * most; the search index re-reads everything of the named respondents.
 *
 * @param respondents respondents whose answers changed (all of their answers are re-read)
 * @param answerIds single answers that changed (a hidden or shown answer); their respondents are
 * looked up
 */
public record AnswersChanged(Set<Long> respondents, Set<Long> answerIds) {

	public AnswersChanged {
		respondents = Set.copyOf(respondents);
		answerIds = Set.copyOf(answerIds);
	}

	public static AnswersChanged ofRespondents(Collection<Long> respondents) {
		return new AnswersChanged(Set.copyOf(respondents), Set.of());
	}

	public static AnswersChanged ofAnswers(Collection<Long> answerIds) {
		return new AnswersChanged(Set.of(), Set.copyOf(answerIds));
	}

}
