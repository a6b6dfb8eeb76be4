/**
 * Themes: the free-text answers of a question grouped by what they are about, each theme named with a phrase
 * from the answers, so that staff see in an afternoon what people said.
 * <p>
 * {@link de.mitreden.themes.ThemeClustering} computes themes per language (pure Java, no Spring, no database;
 * deterministic in any input order); ThemeModel (next) assigns a new answer to existing
 * themes. docs/THEMES.md explains how and why.
 * <p>
 * Public API: {@link de.mitreden.themes.ThemeClustering}, {@link de.mitreden.themes.ThemeRequest},
 * {@link de.mitreden.themes.ThemeDocument}, {@link de.mitreden.themes.Theme}, {@link de.mitreden.themes.Themes}.
 * Depends on textanalysis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Themes")
package de.mitreden.themes;
