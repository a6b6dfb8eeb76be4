package de.mitreden.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The themes of one question as staff work with them: pinned first, then largest first; and the answers in
 * "Sonstiges".
 */
public record ThemeBoard(List<CuratedTheme> themes, List<String> otherIds) {

	public ThemeBoard {
		List<CuratedTheme> sorted = new ArrayList<>(themes);
		sorted.sort(Comparator.comparing((CuratedTheme t) -> !t.pinned())
			.thenComparing(Comparator.comparingInt(CuratedTheme::size).reversed())
			.thenComparing(CuratedTheme::key));
		themes = List.copyOf(sorted);
		otherIds = otherIds.stream().sorted().toList();
	}

	public static ThemeBoard empty() {
		return new ThemeBoard(List.of(), List.of());
	}

	public Optional<CuratedTheme> theme(String key) {
		return this.themes.stream().filter(t -> t.key().equals(key)).findFirst();
	}

	/** The theme an answer is in, if any. */
	public Optional<CuratedTheme> themeOf(String answerId) {
		return this.themes.stream().filter(t -> t.answerIds().contains(answerId)).findFirst();
	}

}
