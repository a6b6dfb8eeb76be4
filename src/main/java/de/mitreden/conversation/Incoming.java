package de.mitreden.conversation;

import java.util.Objects;

import de.mitreden.dialogue.Input;

/**
 * One input of one participant, as a transport hands it over.
 *
 * @param participant who sent it
 * @param input what they sent, in transport-neutral terms
 * @param clientLanguage the language the participant's app reports (e.g. "de-DE"), or null
 * @param shareLink the link the participant may pass on at the end (the bot's or the web chat's)
 */
public record Incoming(ParticipantRef participant, Input input, String clientLanguage, String shareLink) {

	public Incoming {
		Objects.requireNonNull(participant, "participant");
		Objects.requireNonNull(input, "input");
	}

}
