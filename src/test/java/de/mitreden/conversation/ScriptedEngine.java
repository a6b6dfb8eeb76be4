package de.mitreden.conversation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import de.mitreden.dialogue.AnswerChange;
import de.mitreden.dialogue.ConversationState;
import de.mitreden.dialogue.ConversationState.Phase;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.Input;
import de.mitreden.dialogue.Reply;
import de.mitreden.dialogue.Step;
import de.mitreden.dialogue.StepContext;

/**
 * A tiny stand-in dialogue for storage tests, so they can drive exactly the answer changes they test:
 * /start [code] welcomes, "consent" agrees, each text answers the next question q0, q1, ...,
 * "choice:a,b" replaces the answer to "rating", /delete deletes everything. Every reply says the
 * state, e.g. "WELCOME 0 de web consented=false".
 */
final class ScriptedEngine {

	static final String DIALOGUE = "test-dialogue";

	private ScriptedEngine() {
	}

	static DialogueEngine mockEngine() {
		DialogueEngine engine = mock(DialogueEngine.class);
		when(engine.handle(any(), any(), any()))
			.thenAnswer((call) -> step(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
		return engine;
	}

	static Step step(ConversationState state, Input input, StepContext context) {
		if (input instanceof Input.Command command && command.name().equals("start")) {
			String channel = (command.argument() != null) ? command.argument() : state.channel();
			return reply(new ConversationState(DIALOGUE, "de", Phase.WELCOME, 0, List.of(), channel, false, null));
		}
		if (input instanceof Input.Command command && command.name().equals("delete")) {
			return reply(ConversationState.fresh(state.channel()), new AnswerChange.DeleteEverything());
		}
		if (input instanceof Input.Command command && command.name().equals("language")) {
			return reply(with(state, command.argument(), state.questionIndex()));
		}
		if (input instanceof Input.Press press && press.data().equals("consent")) {
			return reply(new ConversationState(DIALOGUE, state.language(), Phase.QUESTION, 0, List.of(),
					state.channel(), true, null));
		}
		if (input instanceof Input.Press press && press.data().startsWith("choice:")) {
			List<String> values = List.of(press.data().substring(7).split(","));
			return reply(state, new AnswerChange.Replace(DIALOGUE, "rating", values, state.language()));
		}
		if (input instanceof Input.Text text) {
			int index = state.questionIndex();
			return reply(with(state, state.language(), index + 1),
					new AnswerChange.Add(DIALOGUE, "q" + index, text.text(), state.language()));
		}
		return reply(state);
	}

	private static ConversationState with(ConversationState state, String language, int questionIndex) {
		return new ConversationState(state.dialogueId(), language, state.phase(), questionIndex, state.selections(),
				state.channel(), state.consented(), state.returnPhase());
	}

	private static Step reply(ConversationState state, AnswerChange... changes) {
		String text = state.phase() + " " + state.questionIndex() + " " + state.language() + " " + state.channel()
				+ " consented=" + state.consented();
		return new Step(state, List.of(new Reply(text, List.of(), false, false, "de")), List.of(changes));
	}

}
