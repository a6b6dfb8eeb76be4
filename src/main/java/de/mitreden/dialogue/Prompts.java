package de.mitreden.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.mitreden.dialogue.ButtonData.Action;
import de.mitreden.dialogue.DialogueTexts.QuestionTexts;

/** Builds what the bot says in one language of one dialogue: the messages and their buttons. */
final class Prompts {

	private static final String TICK = "✓ ";

	private static final int RATING_BUTTONS_PER_ROW = 5;

	private final BotTexts texts;

	private final Dialogue dialogue;

	private final String language;

	Prompts(BotTexts texts, Dialogue dialogue, String language) {
		this.texts = texts;
		this.dialogue = dialogue;
		this.language = language;
	}

	Reply message(String key) {
		return reply(texts.get(language, key), List.of());
	}

	Reply message(String key, Map<String, ?> values) {
		return reply(texts.format(language, key, values), List.of());
	}

	Reply welcome() {
		String text = Placeholders.fill(dialogueTexts().welcome(), Map.of("questions", dialogue.questions().size()));
		return reply(text, List.of(List.of(button("buttons.consent", ButtonData.of(Action.CONSENT))),
				List.of(button("buttons.privacy", ButtonData.of(Action.PRIVACY)),
						button("buttons.change-language", ButtonData.of(Action.CHANGE_LANGUAGE)))));
	}

	/** The language choice: the question in every language, each language named in itself. */
	Reply languagePicker() {
		List<String> questions = new ArrayList<>();
		List<List<Button>> buttons = new ArrayList<>();
		for (String each : dialogue.languages()) {
			questions.add(texts.get(each, "language.pick"));
			buttons.add(List.of(new Button(texts.get(each, "language.name"), ButtonData.language(each).encode())));
		}
		return reply("🌐 " + String.join("\n", questions), buttons);
	}

	Reply privacy() {
		return reply(dialogueTexts().privacy(), List.of());
	}

	Reply question(int index, List<String> ticked, boolean replacesPressedMessage) {
		Question question = dialogue.question(index);
		QuestionTexts questionTexts = dialogueTexts().questions().get(question.id());
		List<String> lines = new ArrayList<>();
		lines.add(texts.format(language, "question.progress",
				Map.of("number", index + 1, "total", dialogue.questions().size())));
		lines.add(questionTexts.text());
		if (question.kind() == QuestionKind.RATING) {
			lines.add("1 = " + questionTexts.low());
			lines.add(question.scale() + " = " + questionTexts.high());
		}
		if (question.kind() == QuestionKind.MULTIPLE) {
			lines.add(texts.get(language, "question.multiple-hint"));
		}
		List<List<Button>> buttons = questionButtons(index, question, questionTexts, ticked);
		return new Reply(String.join("\n", lines), buttons, replacesPressedMessage, rightToLeft(), language);
	}

	private List<List<Button>> questionButtons(int index, Question question, QuestionTexts questionTexts,
			List<String> ticked) {
		List<List<Button>> rows = switch (question.kind()) {
			case TEXT -> new ArrayList<>();
			case SINGLE -> optionRows(index, question, questionTexts, Action.ANSWER, List.of());
			case MULTIPLE -> optionRows(index, question, questionTexts, Action.TOGGLE, ticked);
			case RATING -> ratingRows(index, question);
		};
		List<Button> last = new ArrayList<>();
		if (question.kind() == QuestionKind.MULTIPLE) {
			last.add(button("buttons.done", ButtonData.of(Action.FINISH, index)));
		}
		if (question.optional()) {
			last.add(button("buttons.skip", ButtonData.of(Action.SKIP, index)));
		}
		if (!last.isEmpty()) {
			rows.add(last);
		}
		return rows;
	}

	private List<List<Button>> optionRows(int index, Question question, QuestionTexts questionTexts, Action action,
			List<String> ticked) {
		List<List<Button>> rows = new ArrayList<>();
		for (String option : question.options()) {
			String label = (ticked.contains(option) ? TICK : "") + questionTexts.options().get(option);
			rows.add(List.of(new Button(label, ButtonData.of(action, index, option).encode())));
		}
		return rows;
	}

	private List<List<Button>> ratingRows(int index, Question question) {
		List<List<Button>> rows = new ArrayList<>();
		List<String> choices = question.choices();
		for (int start = 0; start < choices.size(); start += RATING_BUTTONS_PER_ROW) {
			rows.add(choices.subList(start, Math.min(start + RATING_BUTTONS_PER_ROW, choices.size()))
				.stream()
				.map(value -> new Button(value, ButtonData.of(Action.ANSWER, index, value).encode()))
				.toList());
		}
		return rows;
	}

	Reply afterText(int index) {
		return reply(texts.get(language, "question.after-text"),
				List.of(List.of(button("buttons.add-another", ButtonData.of(Action.MORE, index)),
						button("buttons.next-question", ButtonData.of(Action.NEXT, index)))));
	}

	Reply thanks(String link) {
		return reply(Placeholders.fill(dialogueTexts().thanks(), Map.of("link", link == null ? "" : link)), List.of());
	}

	Reply confirmDelete() {
		return reply(texts.get(language, "delete.ask"),
				List.of(List.of(button("buttons.delete-yes", ButtonData.of(Action.DELETE_YES)),
						button("buttons.delete-no", ButtonData.of(Action.DELETE_NO)))));
	}

	/** The dialogue is not open on {@code today}: when it opens, or until when it was open. */
	Reply closed(LocalDate today) {
		if (dialogue.notYetOpen(today)) {
			return message("closed.not-yet", Map.of("date", texts.writtenDate(language, dialogue.opens())));
		}
		return message("closed.ended", Map.of("date", texts.writtenDate(language, dialogue.closes())));
	}

	private Button button(String key, ButtonData data) {
		return new Button(texts.get(language, key), data.encode());
	}

	private Reply reply(String text, List<List<Button>> buttons) {
		return new Reply(text, buttons, false, rightToLeft(), language);
	}

	private boolean rightToLeft() {
		return texts.isRightToLeft(language);
	}

	private DialogueTexts dialogueTexts() {
		return dialogue.texts(language);
	}

}
