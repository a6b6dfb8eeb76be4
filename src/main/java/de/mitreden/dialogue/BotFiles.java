package de.mitreden.dialogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read access to the bot folder (messages and dialogues), wherever it lives: a directory, the jar,
 * or memory in tests. Paths are relative to the bot root and use "/", e.g.
 * {@code "dialogues/wilhelmshaven-weltoffen/dialogue.yml"} or {@code "messages/de.yml"}.
 */
public interface BotFiles {

	/** Names (not paths) of the files and folders directly inside {@code directory}, sorted; empty if there is none. */
	List<String> list(String directory);

	/** The UTF-8 text of a file; a {@link DialogueFileException} if it does not exist. */
	String read(String path);

	/** How to name a file to a person fixing it, e.g. "bot/messages/de.yml". */
	String describe(String path);

	default boolean exists(String path) {
		int slash = path.lastIndexOf('/');
		String directory = slash < 0 ? "" : path.substring(0, slash);
		return list(directory).contains(path.substring(slash + 1));
	}

	/** The bot folder at {@code root}, e.g. {@code Path.of("bot")}. */
	static BotFiles directory(Path root) {
		return new DirectoryBotFiles(root);
	}

	/**
	 * Files held in memory, keyed by path; {@code origin} prefixes the names in error messages (e.g. "bot").
	 * Useful for files read from the classpath or for tests.
	 */
	static BotFiles inMemory(Map<String, String> files, String origin) {
		return new MemoryBotFiles(new TreeMap<>(files), origin);
	}

}
