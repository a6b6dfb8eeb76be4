package de.mitreden.themes;

/**
 * The knobs of theme computation (docs/THEMES.md explains each). The defaults are what the benchmark measured
 * best on held-out data; they are not meant to be tuned per dialogue.
 *
 * @param pairs also use pairs of neighbouring words as features
 * @param minDf a feature must occur in at least this many answers
 * @param maxDfShare ... and in at most this share of them
 * @param dimensions LSA dimensions
 * @param restarts k-means seeds tried (the best by objective wins)
 * @param seed the random seed: fixed, so the same answers give the same themes
 * @param minThemes fewest themes chosen automatically
 * @param maxThemes most themes chosen automatically
 * @param answersPerTheme automatic choice: about one theme per this many answers (before the bounds)
 * @param minThemeShare a smaller theme is dissolved into the others
 * @param otherSimilarity an answer less similar than this to its theme's centre goes to "Sonstiges"
 * @param maxOtherShare "Sonstiges" never takes more than this share of the answers
 */
record ThemeSettings(boolean pairs, int minDf, double maxDfShare, int dimensions, int restarts, long seed, int minThemes,
		int maxThemes, int answersPerTheme, double minThemeShare, double otherSimilarity, double maxOtherShare) {

	static ThemeSettings defaults() {
		return new ThemeSettings(true, 2, 0.5, 100, 5, 20240917L, 8, 30, 150, 0.005, 0.25, 0.08);
	}

	ThemeSettings withThemes(int min, int max, int answersPerTheme) {
		return new ThemeSettings(this.pairs, this.minDf, this.maxDfShare, this.dimensions, this.restarts, this.seed,
				min, max, answersPerTheme, this.minThemeShare, this.otherSimilarity, this.maxOtherShare);
	}

}
