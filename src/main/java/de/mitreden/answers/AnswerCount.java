package de.mitreden.answers;

/**
 * How many visible answers one question has, per language and channel.
 *
 * @param question the question id
 * @param value the answer value for choice and rating questions, null when counted per question only
 * @param language the language code
 * @param channel the channel
 * @param count the number of answers
 */
public record AnswerCount(String question, String value, String language, String channel, long count) {
}
