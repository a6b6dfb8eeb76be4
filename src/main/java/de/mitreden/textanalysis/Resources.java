package de.mitreden.textanalysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Word lists on the classpath: one word a line, {@code #} starts a comment, read in lower case. */
final class Resources {

	private Resources() {
	}

	static Set<String> wordList(String path) {
		InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Word list missing from the classpath: " + path);
		}
		Set<String> words = new LinkedHashSet<>();
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
