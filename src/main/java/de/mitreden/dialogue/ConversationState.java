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

	/** The participant has started: they see the welcome, or first the language choice. */
	ConversationState begin(String dialogue, String chosenLanguage) {
		ConversationState begun = new ConversationState(dialogue, chosenLanguage, Phase.WELCOME, 0, List.of(), channel,
				false, null);
		return chosenLanguage == null ? begun.detour(Phase.CHOOSING_LANGUAGE) : begun;
	}

	ConversationState withChannel(String newChannel) {
		return new ConversationState(dialogueId, language, phase, questionIndex, selections, newChannel, consented,
				returnPhase);
	}

	ConversationState withLanguage(String newLanguage) {
		return new ConversationState(dialogueId, newLanguage, phase, questionIndex, selections, channel, consented,
				returnPhase);
	}

	/** The participant agreed; from now on answers are stored. */
	ConversationState consent() {
		return new ConversationState(dialogueId, language, Phase.QUESTION, 0, List.of(), channel, true, null);
	}

	ConversationState atQuestion(int index) {
		return new ConversationState(dialogueId, language, Phase.QUESTION, index, List.of(), channel, consented, null);
	}

	/** A free-text answer was stored; the participant may add another thought. */
	ConversationState afterText() {
		return new ConversationState(dialogueId, language, Phase.AFTER_TEXT, questionIndex, List.of(), channel,
				consented, null);
	}

	/** Ticks or unticks one option of a multiple-choice question. */
	ConversationState toggle(String option) {
		List<String> ticked = new java.util.ArrayList<>(selections);
		if (!ticked.remove(option)) {
			ticked.add(option);
		}
		return new ConversationState(dialogueId, language, phase, questionIndex, ticked, channel, consented,
				returnPhase);
	}

	ConversationState done() {
		return new ConversationState(dialogueId, language, Phase.DONE, questionIndex, List.of(), channel, consented,
				null);
	}

	/** Back to the first question (or the welcome before consent); stored answers stay. */
	ConversationState restart() {
		return consented ? atQuestion(0) : begin(dialogueId, language);
	}

	/** Everything was deleted: a participant the bot has not talked to, who keeps their language. */
	ConversationState forgotten() {
		return new ConversationState(dialogueId, language, Phase.NEW, 0, List.of(), channel, false, null);
	}

	/** A side trip (language choice, delete confirmation) that returns to where the participant was. */
	ConversationState detour(Phase detour) {
		return new ConversationState(dialogueId, language, detour, questionIndex, selections, channel, consented,
				basePhase());
	}

	/** Ends a side trip. */
	ConversationState back() {
		if (!phase.isDetour()) {
			return this;
		}
		return new ConversationState(dialogueId, language, basePhase(), questionIndex, selections, channel, consented,
				null);
	}

	/** Where the participant is in the dialogue itself, ignoring a side trip. */
	Phase basePhase() {
		if (!phase.isDetour()) {
			return phase;
		}
		return returnPhase == null || returnPhase == Phase.NEW ? Phase.WELCOME : returnPhase;
	}

	public enum Phase {

		NEW, CHOOSING_LANGUAGE, WELCOME, QUESTION, AFTER_TEXT, CONFIRMING_DELETE, DONE;

		boolean isDetour() {
			return this == CHOOSING_LANGUAGE || this == CONFIRMING_DELETE;
		}

	}

}
