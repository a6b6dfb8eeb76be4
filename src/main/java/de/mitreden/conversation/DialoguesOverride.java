package de.mitreden.conversation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.mitreden.dialogue.BotFiles;

/**
 * The bundled bot files with the {@code dialogues} folder taken from a directory of the operator's
 * ({@code mitreden.dialogues.dir}); the generic texts in {@code messages} stay the bundled ones. The
 * directory may be a copy of {@code bot/dialogues} or of the whole {@code bot/} folder.
 */
final class DialoguesOverride implements BotFiles {

	private static final String DIALOGUES = "dialogues";

	private final BotFiles dialogues;

	private final BotFiles bundled;

	private DialoguesOverride(BotFiles dialogues, BotFiles bundled) {
		this.dialogues = dialogues;
		this.bundled = bundled;
	}

	static BotFiles of(Path dir, BotFiles bundled) {
		Path dialogues = Files.isDirectory(dir.resolve(DIALOGUES)) ? dir.resolve(DIALOGUES) : dir;
		return new DialoguesOverride(BotFiles.directory(dialogues), bundled);
	}

	@Override
	public List<String> list(String directory) {
		return isDialogue(directory) ? this.dialogues.list(inside(directory)) : this.bundled.list(directory);
	}

	@Override
	public String read(String path) {
		return isDialogue(path) ? this.dialogues.read(inside(path)) : this.bundled.read(path);
	}

	@Override
	public String describe(String path) {
		return isDialogue(path) ? this.dialogues.describe(inside(path)) : this.bundled.describe(path);
	}

	private static boolean isDialogue(String path) {
		return path.equals(DIALOGUES) || path.startsWith(DIALOGUES + "/");
	}

	private static String inside(String path) {
		return path.equals(DIALOGUES) ? "" : path.substring(DIALOGUES.length() + 1);
	}

}
