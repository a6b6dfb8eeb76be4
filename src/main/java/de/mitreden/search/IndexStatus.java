package de.mitreden.search;

/**
 * The state of the search index.
 *
 * @param building true while the index is (re)built from the database: searches see the previous
 * content (or nothing at the very first start)
 * @param answers the number of answers searches see now
 */
public record IndexStatus(boolean building, long answers) {
}
