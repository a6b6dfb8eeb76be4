package de.mitreden.answers;

/**
 * How many participants (who consented) one dialogue has, per language and channel.
 *
 * @param language the participant's language code
 * @param channel the channel they came from
 * @param participants the number of participants
 * @param completed how many of them reached the last question
 */
public record ParticipantCount(String language, String channel, long participants, long completed) {
}
