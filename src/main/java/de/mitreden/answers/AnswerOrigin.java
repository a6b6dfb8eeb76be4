package de.mitreden.answers;

/**
 * Where one answer came from, without its text.
 *
 * @param id the answer's id
 * @param language the language code
 * @param channel the channel
 */
public record AnswerOrigin(long id, String language, String channel) {
}
