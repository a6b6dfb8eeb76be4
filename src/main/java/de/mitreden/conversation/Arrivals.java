package de.mitreden.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.mitreden.conversation.ChannelCodes.ChannelCode;
import de.mitreden.dialogue.ConversationState;
import de.mitreden.dialogue.Input;

/**
 * Applies a multiplier code of {@code /start <code>} before the engine sees it: an active code may
 * pick the dialogue and preselect the language; any other code is dropped, so the engine records
 * the transport's default channel.
 */
final class Arrivals {

	private final List<ChannelCodes> codes;

	Arrivals(List<ChannelCodes> codes) {
		this.codes = codes;
	}

	/** The state, input and client language the engine gets for this step. */
	Arrival arrive(ConversationState state, Incoming incoming) {
		Arrival unchanged = new Arrival(state, incoming.input(), incoming.clientLanguage());
		if (this.codes.isEmpty() || !(incoming.input() instanceof Input.Command command) || !isStart(command)
				|| command.argument() == null) {
			return unchanged;
		}
		Optional<ChannelCode> link = find(command.argument().strip());
		if (link.isEmpty()) {
			return new Arrival(state, new Input.Command(command.name(), null), incoming.clientLanguage());
		}
		if (state.consented()) {
			return unchanged;
		}
		String language = (link.get().language() != null) ? link.get().language() : incoming.clientLanguage();
		return new Arrival(inDialogue(state, link.get().dialogueId()), incoming.input(), language);
	}

	private Optional<ChannelCode> find(String code) {
		return this.codes.stream().map((port) -> port.find(code)).flatMap(Optional::stream).findFirst();
	}

	/** "start", "/start", "START" and "start@mitreden_bot" all mean "start", as in the engine. */
	private static boolean isStart(Input.Command command) {
		String name = (command.name() != null) ? command.name().strip() : "";
		return name.replaceFirst("^/", "").split("@", 2)[0].toLowerCase(Locale.ROOT).equals("start");
	}

	/** A participant who has not agreed yet follows the link to its dialogue. */
	private static ConversationState inDialogue(ConversationState state, String dialogueId) {
		if (dialogueId == null || dialogueId.equals(state.dialogueId())) {
			return state;
		}
		return new ConversationState(dialogueId, state.language(), state.phase(), state.questionIndex(),
				state.selections(), state.channel(), state.consented(), state.returnPhase());
	}

	record Arrival(ConversationState state, Input input, String clientLanguage) {
	}

}
