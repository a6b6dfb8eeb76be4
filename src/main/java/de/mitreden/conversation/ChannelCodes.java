package de.mitreden.conversation;

import java.util.Optional;

/**
 * Port: which multiplier codes count as a channel. {@link Conversations} asks it for the code of a
 * {@code /start <code>} (Telegram deep link, web chat {@code ?c=}); a code it does not know counts as
 * no code at all, so the participant gets the transport's default channel and the bot still works.
 * Implemented by the links module; without an implementation every well-formed code counts.
 */
public interface ChannelCodes {

	/** The active link behind {@code code}, or empty if there is none (unknown or deactivated). */
	Optional<ChannelCode> find(String code);

	/**
	 * An active multiplier code.
	 *
	 * @param code the code, recorded as the participant's channel
	 * @param dialogueId the dialogue the link leads to
	 * @param language the language to preselect, or null to ask the participant
	 */
	record ChannelCode(String code, String dialogueId, String language) {
	}

}
