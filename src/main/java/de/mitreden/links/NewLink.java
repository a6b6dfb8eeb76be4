package de.mitreden.links;

/**
 * What staff give to create a link.
 *
 * @param name the community's name (1 to 100 characters, trimmed)
 * @param dialogue the dialogue id; null while only one dialogue is open
 * @param language the language to preselect, or null
 * @param note a note for staff, or null
 */
public record NewLink(String name, String dialogue, String language, String note) {
}
