package de.mitreden.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One simulated participant talking to the engine: sends inputs, taps buttons by their label, and
 * keeps what storage would keep (answer changes applied, state carried over).
 */
final class Chat {

	static final String LINK = "https://t.me/mitreden_bot?start=share";

	private final DialogueEngine engine;

	private StepContext context;

	ConversationState state;

	Step last;

	final List<AnswerChange> stored = new ArrayList<>();

	Chat(DialogueEngine engine, String clientLanguage) {
		this(engine, clientLanguage, LocalDate.of(2026, 6, 1));
	}

	Chat(DialogueEngine engine, String clientLanguage, LocalDate today) {
		this.engine = engine;
		this.context = new StepContext(today, clientLanguage, LINK);
		this.state = ConversationState.fresh("direct");
	}

	Step send(Input input) {
		last = engine.handle(state, input, context);
		state = last.state();
		for (AnswerChange change : last.changes()) {
			if (change instanceof AnswerChange.DeleteEverything) {
				stored.clear();
			}
			else {
				stored.add(change);
			}
		}
		return last;
	}

	Step command(String name) {
		return send(new Input.Command(name, null));
	}

	Step command(String name, String argument) {
		return send(new Input.Command(name, argument));
	}

	Step type(String text) {
		return send(new Input.Text(text));
	}

	Step press(String data) {
		return send(new Input.Press(data));
	}

	/** Taps the button with this label (a tick in front is ignored) on the last messages. */
	Step tap(String label) {
		return press(buttonData(label));
	}

	String buttonData(String label) {
		return last.replies()
			.stream()
			.flatMap(reply -> reply.buttons().stream())
			.flatMap(List::stream)
			.filter(button -> button.label().equals(label) || button.label().equals("✓ " + label))
			.map(Button::data)
			.reduce((first, second) -> second)
			.orElseGet(() -> fail("no button '" + label + "' in " + buttons()));
	}

	/** Everything the last step said, one message per line block. */
	String said() {
		return last.replies().stream().map(Reply::text).collect(Collectors.joining("\n---\n"));
	}

	List<String> buttons() {
		return last.replies()
			.stream()
			.flatMap(reply -> reply.buttons().stream())
			.flatMap(List::stream)
			.map(Button::label)
			.toList();
	}

	Reply lastReply() {
		return last.replies().get(last.replies().size() - 1);
	}

	void today(LocalDate today) {
		context = new StepContext(today, context.clientLanguage(), context.shareLink());
	}

	void assertNothingChanged() {
		assertThat(last.changes()).isEmpty();
	}

}
