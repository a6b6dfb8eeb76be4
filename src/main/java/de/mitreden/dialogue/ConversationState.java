package de.mitreden.dialogue;

import java.util.List;

/**
 * Where one participant stands in the dialogue. Immutable; the engine returns a new one per step.
 * Only plain values, so storage can serialise it as JSON. Holds nothing that identifies a person.
 *
 * @param dialogueId the dialogue being answered, null before /start
 * @param language the participant's language code (de, en, tr, ar, uk, ru)
 * @param phase what the participant is being asked right now
 * @param questionIndex index of the current question in the dialogue
 * @param selections options ticked so far in a multiple-choice question
 * @param channel where the participant came from: a multiplier code, "direct" or "web"
 * @param consented true once the participant agreed; storage keeps nothing before that
 * @param returnPhase the phase to go back to after a detour (language choice, privacy, delete)
 */
public record ConversationState(String dialogueId, String language, Phase phase, int questionIndex,
		List<String> selections, String channel, boolean consented, Phase returnPhase) {

	public ConversationState {
		selections = selections == null ? List.of() : List.copyOf(selections);
	}

	/** A participant the bot has not talked to yet. */
	public static ConversationState fresh(String channel) {
		return new ConversationState(null, null, Phase.NEW, 0, List.of(), channel, false, null);
	}

	public enum Phase {
		NEW, CHOOSING_LANGUAGE, WELCOME, QUESTION, AFTER_TEXT, CONFIRMING_DELETE, DONE
	}

}
