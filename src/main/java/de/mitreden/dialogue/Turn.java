package de.mitreden.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.mitreden.dialogue.ButtonData.Action;
import de.mitreden.dialogue.ConversationState.Phase;

/**
 * One step of one participant: takes an input, decides the transition and collects the replies and
 * answer changes. Lives for one {@link DialogueEngine#handle} call only.
 */
final class Turn {

	static final int MAX_TEXT_LENGTH = 2000;

	private static final Pattern CHANNEL_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final BotTexts texts;

	private final Dialogue dialogue;

	private final StepContext context;

	private final ConversationState before;

	private ConversationState state;

	private final List<Reply> replies = new ArrayList<>();

	private final List<AnswerChange> changes = new ArrayList<>();

	Turn(BotTexts texts, Dialogue dialogue, ConversationState state, StepContext context) {
		this.texts = texts;
		this.dialogue = dialogue;
		this.context = context;
		this.before = state;
		this.state = withinDialogue(state, dialogue);
	}

	/** A state saved before the dialogue file lost questions continues at the end, not with an error. */
	private static ConversationState withinDialogue(ConversationState state, Dialogue dialogue) {
		boolean pastTheEnd = state.questionIndex() >= dialogue.questions().size();
		return pastTheEnd && state.consented() && state.phase() != Phase.DONE ? state.done() : state;
	}

	Step take(Input input) {
		if (!dialogue.isOpen(context.today()) && !allowedWhileClosed(input)) {
			return closed();
		}
		if (state.phase() == Phase.NEW || !dialogue.id().equals(state.dialogueId())) {
			state = state.begin(dialogue.id(), knownLanguage());
			if (!(input instanceof Input.Command)) {
				return finish(current());
			}
		}
		if (input instanceof Input.Command command) {
			return command(commandName(command), command.argument());
		}
		if (input instanceof Input.Text text) {
			return text(text.text());
		}
		if (input instanceof Input.Press press) {
			return ButtonData.parse(press.data()).map(this::press).orElseGet(this::stale);
		}
		if (input instanceof Input.Unsupported) {
			return finish(prompts().message("errors.unsupported"));
		}
		return finish(current());
	}

	// Commands

	/** "START" and "start@mitreden_bot" (Telegram adds the bot's name in groups) both mean "start". */
	private static String commandName(Input.Command command) {
		String name = command.name() == null ? "" : command.name().strip();
		return name.replaceFirst("^/", "").split("@", 2)[0].toLowerCase(Locale.ROOT);
	}

	private Step command(String name, String argument) {
		return switch (name) {
			case "start" -> start(argument);
			case "help" -> finish(prompts().message("help"));
			case "language" -> chooseLanguage();
			case "restart" -> restart();
			case "privacy" -> finish(prompts().privacy(), current());
			case "delete" -> askToDelete();
			default -> finish(prompts().message("errors.unknown-command"));
		};
	}

	/** A new participant gets the welcome; a participant who already agreed continues where they were. */
	private Step start(String code) {
		if (state.consented()) {
			state = state.back();
			if (state.phase() == Phase.DONE) {
				return finish(current());
			}
			return finish(prompts().message("question.continue"), current());
		}
		if (code != null && CHANNEL_CODE.matcher(code).matches()) {
			state = state.withChannel(code);
		}
		state = state.begin(dialogue.id(), state.language());
		return finish(current());
	}

	private Step chooseLanguage() {
		state = state.detour(Phase.CHOOSING_LANGUAGE);
		return finish(current());
	}

	private Step restart() {
		state = state.restart();
		if (!state.consented()) {
			return finish(current());
		}
		return finish(prompts().message("restart.confirm"), current());
	}

	private Step askToDelete() {
		state = state.detour(Phase.CONFIRMING_DELETE);
		return finish(current());
	}

	// Typed text

	private Step text(String text) {
		if (text == null || text.isBlank()) {
			return finish(prompts().message("errors.empty"));
		}
		int length = text.strip().codePointCount(0, text.strip().length());
		if (length > MAX_TEXT_LENGTH) {
			return finish(prompts().message("errors.too-long", Map.of("length", length, "limit", MAX_TEXT_LENGTH)));
		}
		return switch (state.phase()) {
			case QUESTION -> typedAnswer(text.strip());
			case AFTER_TEXT -> storeThought(text.strip());
			case DONE -> finish(current());
			default -> useButtons();
		};
	}

	private Step typedAnswer(String text) {
		Question question = currentQuestion();
		if (question.kind() == QuestionKind.TEXT) {
			return storeThought(text);
		}
		if (question.kind() == QuestionKind.RATING && question.choices().contains(text)) {
			return choose(question, List.of(text));
		}
		return useButtons();
	}

	/** A written answer is stored at once; people often keep typing, so each message adds one. */
	private Step storeThought(String text) {
		Question question = currentQuestion();
		changes.add(new AnswerChange.Add(dialogue.id(), question.id(), text, state.language()));
		state = state.afterText();
		return finish(prompts().afterText(state.questionIndex()));
	}

	private Step useButtons() {
		return finish(prompts().message("errors.use-buttons"), current());
	}

	// Button presses

	private Step press(ButtonData data) {
		return switch (data.action()) {
			case PRIVACY -> finish(prompts().privacy(), current());
			case CHANGE_LANGUAGE -> chooseLanguage();
			case CONSENT -> when(state.phase() == Phase.WELCOME, this::consent);
			case PICK_LANGUAGE -> when(state.phase() == Phase.CHOOSING_LANGUAGE
					&& dialogue.languages().contains(data.value()), () -> pickLanguage(data.value()));
			case DELETE_YES -> when(state.phase() == Phase.CONFIRMING_DELETE, this::deleteEverything);
			case DELETE_NO -> when(state.phase() == Phase.CONFIRMING_DELETE, this::keepEverything);
			default -> questionPress(data);
		};
	}

	/** Buttons of a question count only for the question and phase they were made for. */
	private Step questionPress(ButtonData data) {
		if (data.index() != state.questionIndex() || data.index() >= dialogue.questions().size()) {
			return stale();
		}
		Question question = currentQuestion();
		boolean asking = state.phase() == Phase.QUESTION;
		return switch (data.action()) {
			case ANSWER -> when(asking && question.kind() != QuestionKind.MULTIPLE
					&& question.choices().contains(data.value()), () -> choose(question, List.of(data.value())));
			case TOGGLE -> when(asking && question.kind() == QuestionKind.MULTIPLE
					&& question.options().contains(data.value()), () -> toggle(data.value()));
			case FINISH -> when(asking && question.kind() == QuestionKind.MULTIPLE, () -> finishChoice(question));
			case SKIP -> when(asking && question.optional(), this::advance);
			case MORE -> when(state.phase() == Phase.AFTER_TEXT, () -> finish(prompts().message("question.write-more")));
			case NEXT -> when(state.phase() == Phase.AFTER_TEXT, this::advance);
			default -> stale();
		};
	}

	private Step when(boolean valid, java.util.function.Supplier<Step> transition) {
		return valid ? transition.get() : stale();
	}

	private Step consent() {
		state = state.consent();
		return finish(current());
	}

	private Step pickLanguage(String language) {
		state = state.withLanguage(language).back();
		return finish(current());
	}

	/** A choice replaces any earlier one: one answer per participant and question. */
	private Step choose(Question question, List<String> values) {
		changes.add(new AnswerChange.Replace(dialogue.id(), question.id(), values, state.language()));
		return advance();
	}

	private Step toggle(String option) {
		state = state.toggle(option);
		return finish(prompts().question(state.questionIndex(), state.selections(), true));
	}

	private Step finishChoice(Question question) {
		if (!state.selections().isEmpty()) {
			List<String> ticked = question.options().stream().filter(state.selections()::contains).toList();
			return choose(question, ticked);
		}
		if (question.optional()) {
			return advance();
		}
		return finish(prompts().message("errors.choose-one"), current());
	}

	private Step advance() {
		int next = state.questionIndex() + 1;
		if (next >= dialogue.questions().size()) {
			state = state.done();
			return finish(prompts().thanks(context.shareLink()));
		}
		state = state.atQuestion(next);
		return finish(current());
	}

	private Step deleteEverything() {
		changes.add(new AnswerChange.DeleteEverything());
		state = state.forgotten();
		return finish(prompts().message("delete.done"));
	}

	private Step keepEverything() {
		state = state.back();
		return finish(prompts().message("delete.cancelled"), current());
	}

	private Step stale() {
		if (state.phase() == Phase.DONE) {
			return finish(current());
		}
		return finish(prompts().message("errors.stale-button"), current());
	}

	// Where the participant is

	/** The message that shows where the participant stands, with its buttons. */
	private Reply current() {
		if (!dialogue.isOpen(context.today()) && state.phase() != Phase.CONFIRMING_DELETE) {
			return prompts().closed(context.today());
		}
		return switch (state.phase()) {
			case NEW, WELCOME -> prompts().welcome();
			case CHOOSING_LANGUAGE -> prompts().languagePicker();
			case QUESTION -> prompts().question(state.questionIndex(), state.selections(), false);
			case AFTER_TEXT -> prompts().afterText(state.questionIndex());
			case CONFIRMING_DELETE -> prompts().confirmDelete();
			case DONE -> prompts().message("done.again");
		};
	}

	private Question currentQuestion() {
		return dialogue.question(state.questionIndex());
	}

	// The closed dialogue

	/** Deleting and reading about privacy must work even when the dialogue is not open. */
	private boolean allowedWhileClosed(Input input) {
		if (input instanceof Input.Command command) {
			return List.of("delete", "privacy", "help").contains(commandName(command));
		}
		if (input instanceof Input.Press press && state.phase() == Phase.CONFIRMING_DELETE) {
			return ButtonData.parse(press.data())
				.filter(data -> data.action() == Action.DELETE_YES || data.action() == Action.DELETE_NO)
				.isPresent();
		}
		return false;
	}

	private Step closed() {
		Prompts prompts = new Prompts(texts, dialogue, replyLanguage());
		return new Step(before, List.of(prompts.closed(context.today())), List.of());
	}

	// Languages

	/** The participant's language if the dialogue has it, else the app's language if supported, else null. */
	private String knownLanguage() {
		if (state.language() != null && dialogue.languages().contains(state.language())) {
			return state.language();
		}
		return supported(context.clientLanguage()).orElse(null);
	}

	Optional<String> supported(String clientLanguage) {
		return DialogueEngine.primaryLanguage(clientLanguage).filter(dialogue.languages()::contains);
	}

	private String replyLanguage() {
		String known = knownLanguage();
		return known == null ? dialogue.defaultLanguage() : known;
	}

	private Prompts prompts() {
		String language = state.language() != null && dialogue.languages().contains(state.language())
				? state.language() : dialogue.defaultLanguage();
		return new Prompts(texts, dialogue, language);
	}

	private Step finish(Reply... sent) {
		replies.addAll(List.of(sent));
		if (!state.consented()) {
			changes.removeIf(change -> !(change instanceof AnswerChange.DeleteEverything));
		}
		return new Step(state, replies, changes);
	}

}
