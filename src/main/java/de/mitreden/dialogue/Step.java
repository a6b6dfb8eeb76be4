package de.mitreden.dialogue;

import java.util.List;

/**
 * The result of one dialogue step: the new state, what to send, what to store. Storage applies
 * {@code changes} and {@code state} in one transaction before a transport sends {@code replies}.
 */
public record Step(ConversationState state, List<Reply> replies, List<AnswerChange> changes) {

	public Step {
		replies = List.copyOf(replies);
		changes = List.copyOf(changes);
	}

}
