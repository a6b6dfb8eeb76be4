package de.mitreden.links;

import java.util.List;

import de.mitreden.dialogue.AnswerChange;
import de.mitreden.dialogue.ConversationState;
import de.mitreden.dialogue.ConversationState.Phase;
import de.mitreden.dialogue.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What one step counts: the rules behind the numbers staff and communities see. */
class TallyTest {

	private static final ConversationState FRESH = ConversationState.fresh("direct");

	@Test
	void theFirstStepOfAParticipantCountsAsStarted() {
		assertThat(Tally.of(FRESH, step(state(Phase.WELCOME, "abc", false)))).isEqualTo(new Counts(1, 0, 0, 0));
	}

	@Test
	void comingThroughAnotherLinkBeforeAgreeingCountsAsStartedForThatLink() {
		ConversationState welcomed = state(Phase.WELCOME, "direct", false);

		assertThat(Tally.of(welcomed, step(state(Phase.WELCOME, "abc", false)))).isEqualTo(new Counts(1, 0, 0, 0));
	}

	@Test
	void agreeingCountsOnce() {
		ConversationState welcomed = state(Phase.WELCOME, "abc", false);
		ConversationState asked = state(Phase.QUESTION, "abc", true);

		assertThat(Tally.of(welcomed, step(asked))).isEqualTo(new Counts(0, 1, 0, 0));
		assertThat(Tally.of(asked, step(asked))).as("a step that changes nothing counts nothing")
			.isEqualTo(Counts.ZERO);
	}

	@Test
	void eachWrittenThoughtAndEachChoiceIsOneAnswer() {
		ConversationState asked = state(Phase.QUESTION, "abc", true);
		Step answered = new Step(asked, List.of(), List.of(new AnswerChange.Add("d", "q1", "Beim Sport", "de"),
				new AnswerChange.Replace("d", "q4", List.of("work", "togetherness"), "de")));

		assertThat(Tally.of(asked, answered).answers()).isEqualTo(2);
	}

	@Test
	void nothingIsCountedAsAnswerBeforeConsent() {
		ConversationState welcomed = state(Phase.WELCOME, "abc", false);
		Step step = new Step(welcomed, List.of(), List.of(new AnswerChange.Add("d", "q1", "x", "de")));

		assertThat(Tally.of(welcomed, step).answers()).isZero();
	}

	@Test
	void reachingTheThanksCountsAsCompleted() {
		ConversationState asked = state(Phase.QUESTION, "abc", true);
		ConversationState done = state(Phase.DONE, "abc", true);

		assertThat(Tally.of(asked, step(done)).completed()).isEqualTo(1);
		assertThat(Tally.of(done, step(done)).completed()).as("a message after the end").isZero();
	}

	private static Step step(ConversationState after) {
		return new Step(after, List.of(), List.of());
	}

	private static ConversationState state(Phase phase, String channel, boolean consented) {
		return new ConversationState("d", "de", phase, 0, List.of(), channel, consented, null);
	}

}
