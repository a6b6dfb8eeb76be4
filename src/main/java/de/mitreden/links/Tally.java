package de.mitreden.links;

import java.util.Objects;

import de.mitreden.dialogue.AnswerChange;
import de.mitreden.dialogue.ConversationState;
import de.mitreden.dialogue.ConversationState.Phase;
import de.mitreden.dialogue.Step;

/** What one dialogue step adds to the counts of the participant's channel. */
final class Tally {

	private Tally() {
	}

	static Counts of(ConversationState before, Step step) {
		ConversationState after = step.state();
		return new Counts(started(before, after), flag(!before.consented() && after.consented()),
				flag(after.phase() == Phase.DONE && before.phase() != Phase.DONE), answers(step));
	}

	/** Began the dialogue, or came (back) through another link before agreeing. */
	private static long started(ConversationState before, ConversationState after) {
		if (after.phase() == Phase.NEW || after.dialogueId() == null) {
			return 0;
		}
		return flag(before.phase() == Phase.NEW || !Objects.equals(before.channel(), after.channel()));
	}

	/** One per written thought and one per answered choice question; nothing is stored before consent. */
	private static long answers(Step step) {
		if (!step.state().consented()) {
			return 0;
		}
		return step.changes()
			.stream()
			.filter((change) -> change instanceof AnswerChange.Add || change instanceof AnswerChange.Replace)
			.count();
	}

	private static long flag(boolean counted) {
		return counted ? 1 : 0;
	}

}
