package de.mitreden.search;

import java.time.Duration;
import java.util.List;

/**
 * Search over all answers, for the staff pages. Never throws on user input: any query text is read
 * with a forgiving syntax ({@code "phrase"}, {@code -not}, {@code a | b}, {@code prefix*}); what does
 * not parse is taken as words.
 */
public interface AnswerSearch {

	/** One page of answers that match, newest first, or by relevance when there is a text query. */
	SearchPage search(SearchQuery query);

	/**
	 * The ids of all answers that match (paging ignored), e.g. to make a theme from a search query.
	 * In no particular order.
	 */
	List<Long> matchingIds(SearchQuery query);

	/** Whether the index is complete or still being built from the database. */
	IndexStatus status();

	/**
	 * Waits at most {@code timeout} until the answers saved so far are searchable, e.g. after an import so that
	 * the list shows what was just imported. True if they are.
	 */
	boolean awaitChanges(Duration timeout);

}
