/**
 * Full-text search over all answers for staff: a Lucene index in {@code <data-dir>/index/answers},
 * one document per answer row, the text analysed with the analyzer of the language it is written
 * in, filters on what the respondent answered elsewhere (rating, fields of action), highlighted hits.
 * <p>
 * The database is the source of truth: the index is rebuilt from it in the background when it is
 * missing, damaged or out of step, and follows {@link de.mitreden.answers.AnswersChanged} events
 * after each commit.
 * <p>
 * Public API: {@link de.mitreden.search.AnswerSearch}, {@link de.mitreden.search.SearchQuery},
 * {@link de.mitreden.search.SearchPage}, {@link de.mitreden.search.SearchHit},
 * {@link de.mitreden.search.IndexStatus}. Everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package de.mitreden.search;
