package de.mitreden.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.mitreden.dialogue.BotFiles;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The bot files bundled in the application ({@code bot/} on the classpath), read once at start into
 * memory. Works from the IDE's classes directory and from inside the packaged jar alike.
 */
final class ClasspathBotFiles {

	private static final String ROOT = "bot/";

	private ClasspathBotFiles() {
	}

	static BotFiles load() {
		try {
			return BotFiles.inMemory(readAll(new PathMatchingResourcePatternResolver()), "bot");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled bot files", ex);
		}
	}

	private static Map<String, String> readAll(PathMatchingResourcePatternResolver resolver) throws IOException {
		List<String> roots = rootUrls(resolver);
		Map<String, String> contents = new TreeMap<>();
		for (Resource resource : resolver.getResources("classpath*:" + ROOT + "**")) {
			String url = resource.getURL().toString();
			if (!url.endsWith("/") && resource.isReadable()) {
				contents.putIfAbsent(relativePath(url, roots), resource.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		return contents;
	}

	/** Where {@code bot/} lies in each classpath entry (a directory, or a folder inside a jar). */
	private static List<String> rootUrls(PathMatchingResourcePatternResolver resolver) throws IOException {
		List<String> roots = new ArrayList<>();
		for (Resource root : resolver.getResources("classpath*:" + ROOT)) {
			roots.add(root.getURL().toString());
		}
		return roots;
	}

	private static String relativePath(String url, List<String> roots) {
		return roots.stream()
			.filter(url::startsWith)
			.findFirst()
			.map((root) -> url.substring(root.length()))
			.orElseGet(() -> url.substring(url.lastIndexOf("/" + ROOT) + ROOT.length() + 1));
	}

}
