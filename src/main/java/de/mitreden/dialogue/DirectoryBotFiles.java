package de.mitreden.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A bot folder on disk. */
record DirectoryBotFiles(Path root) implements BotFiles {

	@Override
	public List<String> list(String directory) {
		Path folder = root.resolve(directory);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String read(String path) {
		try {
			return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new DialogueFileException(describe(path) + ": cannot read the file (" + ex.getClass().getSimpleName() + ")");
		}
	}

	@Override
	public String describe(String path) {
		return root.resolve(path).toString();
	}

}
