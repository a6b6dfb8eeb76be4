package de.mitreden.bench;

import java.util.List;
import java.util.Set;

import de.mitreden.dialogue.Button;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.Input;

/** The labels of the engine's own buttons, so a simulated citizen can tell them from answers. */
final class Labels {

	final String consent;

	final String nextQuestion;

	final String addAnother;

	final String done;

	final String skip;

	private final Set<String> notAnswers;

	Labels(DialogueEngine engine, String language) {
		this.consent = engine.text(language, "buttons.consent");
		this.nextQuestion = engine.text(language, "buttons.next-question");
		this.addAnother = engine.text(language, "buttons.add-another");
		this.done = engine.text(language, "buttons.done");
		this.skip = engine.text(language, "buttons.skip");
		this.notAnswers = Set.of(this.consent, this.nextQuestion, this.addAnother, this.done, this.skip,
				engine.text(language, "buttons.privacy"), engine.text(language, "buttons.change-language"),
				engine.text(language, "buttons.delete-yes"), engine.text(language, "buttons.delete-no"));
	}

	boolean has(List<Button> buttons, String label) {
		return buttons.stream().anyMatch((button) -> matches(button, label));
	}

	Input press(List<Button> buttons, String label) {
		return buttons.stream()
			.filter((button) -> matches(button, label))
			.findFirst()
			.map((button) -> new Input.Press(button.data()))
			.orElseThrow();
	}

	/** Buttons that answer the question: options, rating values, ticks. */
	List<Button> answerButtons(List<Button> buttons) {
		return buttons.stream().filter((button) -> this.notAnswers.stream().noneMatch((l) -> matches(button, l))).toList();
	}

	/** A ticked option shows a mark in front of its label; engine buttons may carry an emoji. */
	private static boolean matches(Button button, String label) {
		return button.label().equals(label) || button.label().endsWith(" " + label);
	}

}
