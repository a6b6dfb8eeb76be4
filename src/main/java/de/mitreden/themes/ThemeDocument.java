package de.mitreden.themes;

/**
 * One answer to be grouped into themes.
 *
 * @param id unique within a request (the answer's id)
 * @param text what the participant wrote
 * @param language one of the dialogue languages, or null to detect it from the text
 */
public record ThemeDocument(String id, String text, String language) {

	public ThemeDocument {
		if (id == null) {
			throw new IllegalArgumentException("A theme document needs an id");
		}
		text = (text == null) ? "" : text;
	}

}
