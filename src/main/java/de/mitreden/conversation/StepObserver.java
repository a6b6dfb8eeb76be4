package de.mitreden.conversation;

import java.time.LocalDate;

import de.mitreden.dialogue.ConversationState;
import de.mitreden.dialogue.Step;

/**
 * Port: told of every stored dialogue step, inside the step's transaction (after state and answers
 * are saved, before the commit). Whatever an observer writes commits or rolls back with the step.
 * Must be cheap and must never store anything that identifies the participant.
 */
public interface StepObserver {

	/**
	 * @param before the participant's state before the step
	 * @param step the new state and the answer changes just stored
	 * @param today the day of the step
	 */
	void stepTaken(ConversationState before, Step step, LocalDate today);

}
