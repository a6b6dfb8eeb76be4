package de.mitreden.dialogue;

import java.util.List;
import java.util.Map;

/** Bot files held in memory, keyed by path. */
record MemoryBotFiles(Map<String, String> files, String origin) implements BotFiles {

	@Override
	public List<String> list(String directory) {
		String prefix = directory.isEmpty() ? "" : directory + "/";
		return files.keySet()
			.stream()
			.filter(path -> path.startsWith(prefix))
			.map(path -> path.substring(prefix.length()).split("/", 2)[0])
			.distinct()
			.sorted()
			.toList();
	}

	@Override
	public String read(String path) {
		String text = files.get(path);
		if (text == null) {
			throw new DialogueFileException(describe(path) + ": the file is missing");
		}
		return text;
	}

	@Override
	public String describe(String path) {
		return origin.isEmpty() ? path : origin + "/" + path;
	}

}
