package de.mitreden.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words that carry no theme in answers to a city ("bitte", "gut", "sollte", "wünschen"): stop words for themes
 * only (the search still finds them), in {@code themes/filler-<language>.txt}.
 */
final class FillerWords {

	private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

	private FillerWords() {
	}

	static Set<String> of(String language) {
		return CACHE.computeIfAbsent(language, FillerWords::load);
	}

	private static Set<String> load(String language) {
		InputStream in = FillerWords.class.getClassLoader().getResourceAsStream("themes/filler-" + language + ".txt");
		if (in == null) {
			return Set.of();
		}
		Set<String> words = new HashSet<>();
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.map(line -> line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT))
				.filter(word -> !word.isEmpty())
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
