package de.mitreden.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All dialogues of a bot folder plus the shared texts, read and checked at start-up. An invalid
 * file is a {@link DialogueFileException} naming the file, the line and the problem.
 */
public final class DialogueCatalog {

	private final List<Dialogue> dialogues;

	private final BotTexts texts;

	private DialogueCatalog(List<Dialogue> dialogues, BotTexts texts) {
		this.dialogues = List.copyOf(dialogues);
		this.texts = texts;
	}

	/** Reads {@code messages/*.yml} and every folder under {@code dialogues/}. */
	public static DialogueCatalog load(BotFiles files) {
		BotTexts texts = BotTexts.load(files);
		List<Dialogue> dialogues = new ArrayList<>();
		for (String name : files.list("dialogues")) {
			if (!name.contains(".")) {
				requireDialogueFile(files, name);
				dialogues.add(DialogueReader.read(files, name, texts));
			}
		}
		if (dialogues.isEmpty()) {
			throw new DialogueFileException(files.describe("dialogues") + ": no dialogue folder found");
		}
		return new DialogueCatalog(dialogues, texts);
	}

	private static void requireDialogueFile(BotFiles files, String name) {
		String path = "dialogues/" + name + "/dialogue.yml";
		if (!files.exists(path)) {
			throw new DialogueFileException(files.describe(path) + ": the file is missing");
		}
	}

	/** The dialogues, sorted by id. */
	public List<Dialogue> dialogues() {
		return dialogues;
	}

	public Optional<Dialogue> find(String id) {
		return dialogues.stream().filter(dialogue -> dialogue.id().equals(id)).findFirst();
	}

	/** The shared texts read along with the dialogues. */
	public BotTexts texts() {
		return texts;
	}

	/**
	 * The dialogue a new participant gets: {@code preferred} if given, else the first one open on
	 * {@code today} (by id), else the first one.
	 */
	public Dialogue defaultDialogue(String preferred, LocalDate today) {
		if (preferred != null && !preferred.isBlank()) {
			return find(preferred).orElseThrow(
					() -> new DialogueFileException("the default dialogue '" + preferred + "' does not exist"));
		}
		return dialogues.stream().filter(dialogue -> dialogue.isOpen(today)).findFirst().orElse(dialogues.get(0));
	}

}
