package de.mitreden.answers;

import de.mitreden.dialogue.ConversationState;

/**
 * What storage knows about one participant: their state and, once they consented, their respondent
 * number (null: no participant row exists).
 */
record Snapshot(ConversationState state, Long respondent) {

	boolean stored() {
		return this.respondent != null;
	}

}
