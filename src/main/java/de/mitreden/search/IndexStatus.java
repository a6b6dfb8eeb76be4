package de.mitreden.search;

/**
 * The state of the search index.
 *
 * @param building true while the index is (re)built from the database: searches see the previous
 * content (or nothing at the very first start)
 * @param answers the number of answers searches see now
 * @param catchingUp true while answers saved a moment ago are not yet searchable (the index takes changes
 * half a second after they arrive, then needs a moment for a large import)
 */
public record IndexStatus(boolean building, long answers, boolean catchingUp) {
}
