package de.mitreden.themes;

import java.util.List;

/**
 * The themes of a set of answers, largest first, and the answers that fit none ("Sonstiges").
 *
 * @param themes the themes, largest first
 * @param otherIds answers in no theme: too short to say anything or unlike every theme
 */
public record Themes(List<Theme> themes, List<String> otherIds) {

	public Themes {
		themes = List.copyOf(themes);
		otherIds = List.copyOf(otherIds);
	}

	public static Themes none() {
		return new Themes(List.of(), List.of());
	}

	public int documentCount() {
		return this.otherIds.size() + this.themes.stream().mapToInt(Theme::size).sum();
	}

}
