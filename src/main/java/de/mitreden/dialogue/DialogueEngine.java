package de.mitreden.dialogue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation rules, as a pure function from (state, input) to (new state, replies, answer
 * changes). Knows nothing of Telegram, HTTP or storage; the same engine serves every transport.
 */
public final class DialogueEngine {

	private static final List<String> COMMANDS = List.of("start", "help", "language", "restart", "privacy",
			"delete");

	private final DialogueCatalog catalog;

	private final BotTexts texts;

	private final String defaultDialogueId;

	public DialogueEngine(DialogueCatalog catalog, BotTexts texts) {
		this(catalog, texts, null);
	}

	/**
	 * @param defaultDialogueId the dialogue new participants get; null or blank: the first one open today
	 */
	public DialogueEngine(DialogueCatalog catalog, BotTexts texts, String defaultDialogueId) {
		this.catalog = catalog;
		this.texts = texts;
		this.defaultDialogueId = defaultDialogueId;
		checkTextsCover(catalog, texts);
		catalog.defaultDialogue(defaultDialogueId, LocalDate.now());
	}

	private static void checkTextsCover(DialogueCatalog catalog, BotTexts texts) {
		for (Dialogue dialogue : catalog.dialogues()) {
			for (String language : dialogue.languages()) {
				if (!texts.has(language)) {
					throw new DialogueFileException("dialogue " + dialogue.id() + " declares the language " + language
							+ ", but there is no messages/" + language + ".yml");
				}
			}
		}
	}

	/** One step of one participant. Pure: the same arguments give the same step. */
	public Step handle(ConversationState state, Input input, StepContext context) {
		return new Turn(texts, dialogueFor(state, context.today()), state, context).take(input);
	}

	private Dialogue dialogueFor(ConversationState state, LocalDate today) {
		return Optional.ofNullable(state.dialogueId())
			.flatMap(catalog::find)
			.orElseGet(() -> catalog.defaultDialogue(defaultDialogueId, today));
	}

	/** All dialogues, sorted by id (for staff pages that show questions and their options). */
	public List<Dialogue> dialogues() {
		return catalog.dialogues();
	}

	/** The languages participants can choose, in the order the dialogues declare them. */
	public List<String> languages() {
		Set<String> languages = new LinkedHashSet<>(defaultDialogue().languages());
		catalog.dialogues().forEach(dialogue -> languages.addAll(dialogue.languages()));
		return List.copyOf(languages);
	}

	/** The commands with their descriptions in {@code language}, for a transport's command menu. */
	public List<CommandInfo> commandMenu(String language) {
		String resolved = resolveLanguage(language);
		return COMMANDS.stream().map(name -> new CommandInfo(name, texts.get(resolved, "commands." + name))).toList();
	}

	public boolean isRightToLeft(String language) {
		return texts.isRightToLeft(resolveLanguage(language));
	}

	/**
	 * A generic bot text for transports, e.g. {@code "errors.group-chat"} or {@code "web.send"}; keys in
	 * {@link BotTexts#KEYS}, documented in bot/messages/de.yml. Placeholders stay as they are.
	 */
	public String text(String language, String key) {
		return texts.get(resolveLanguage(language), key);
	}

	/** Like {@link #text(String, String)}, with {@code {name}} placeholders filled in. */
	public String text(String language, String key, Map<String, ?> values) {
		return texts.format(resolveLanguage(language), key, values);
	}

	/** The default dialogue's short text to share along with {@code link}, or the link alone. */
	public String shareText(String language, String link) {
		DialogueTexts dialogueTexts = defaultDialogue().texts(resolveLanguage(language));
		String share = dialogueTexts == null || dialogueTexts.share() == null ? "{link}" : dialogueTexts.share();
		return Placeholders.fill(share, Map.of("link", link));
	}

	/** The best supported language for a client language tag like "de-AT", "ar" or "pt-BR". */
	public String resolveLanguage(String clientLanguage) {
		return primaryLanguage(clientLanguage).filter(languages()::contains)
			.orElse(defaultDialogue().defaultLanguage());
	}

	/** "de-AT" and "de_AT" become "de". */
	static Optional<String> primaryLanguage(String clientLanguage) {
		if (clientLanguage == null || clientLanguage.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(clientLanguage.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT));
	}

	private Dialogue defaultDialogue() {
		return catalog.defaultDialogue(defaultDialogueId, LocalDate.now());
	}

}
