package de.mitreden.answers;

/**
 * A cheap fingerprint of the answer table: a copy of the answers (the search index) that has the same
 * totals almost surely holds the same rows with the same hidden flags.
 *
 * @param count the number of answers
 * @param maxId the highest answer id (0 if none)
 * @param idSum the sum of all answer ids
 * @param hiddenIdSum the sum of the ids of hidden answers
 */
public record AnswerTotals(long count, long maxId, long idSum, long hiddenIdSum) {
}
