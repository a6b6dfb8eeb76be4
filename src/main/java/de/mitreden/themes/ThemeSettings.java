package de.mitreden.themes;

/**
 * The knobs of theme computation (docs/THEMES.md explains each). The defaults are what the benchmark measured
 * best on held-out data; they are not meant to be tuned per dialogue.
 *
 * @param pairs also use pairs of neighbouring words as features ...
 * @param pairsMinWords ... when the answers have at least this many words on average (after stop words)
 * @param minDf a feature must occur in at least this many answers ...
 * @param minDfShare ... and in at least this share of them (large dialogues: a word in 0.01 % of the answers
 *        cannot make a theme, and typos and one-off word pairs would fill the memory)
 * @param maxDfShare ... and in at most this share of them
 * @param idfExponent the idf ln(N/df) is taken to this power: above 1 the words of the dialogue's subject weigh
 *        less against telling words
 * @param compoundModifierWeight the share of a use a compound's modifier counts as ("Fahrrad" in
 *        "Fahrradständer"; the head counts fully)
 * @param gramLength the words' letter sequences of this length are features too ...
 * @param gramWeight ... each use counting as this share of a use, in answers shorter than {@code pairsMinWords}
 *        words on average (0: none) ...
 * @param longAnswerGramWeight ... and in longer ones
 * @param dimensions LSA dimensions ...
 * @param shortAnswerDimensions ... and for answers shorter than {@code pairsMinWords} words on average: a one-liner
 *        has a few features, and they group as well in fewer dimensions, in less time
 * @param powerIterations the LSA's power iterations ...
 * @param shortAnswerPowerIterations ... and for the shorter answers: their letter sequences already bring related
 *        words together, and a second iteration grouped them no better
 * @param restarts k-means seeds tried (the best by objective wins); 4 run as 2 + 2 on two cores, where 5 made one core run 3
 * @param seed the random seed: fixed, so the same answers give the same themes
 * @param minThemes fewest themes chosen automatically
 * @param maxThemes most themes chosen automatically
 * @param answersPerTheme automatic choice: about one theme per this many answers (before the bounds) ...
 * @param fullAnswerTerms ... of at least this many features each; fewer for shorter answers
 * @param minThemeShare a smaller theme is dissolved into the others
 * @param otherSimilarity an answer less similar than this to its theme's centre goes to "Sonstiges"
 * @param maxOtherShare "Sonstiges" never takes more than this share of the answers
 * @param assignSimilarity a new answer joins an existing theme only at least this similar to its centre
 */
record ThemeSettings(boolean pairs, double pairsMinWords, int minDf, double minDfShare, double maxDfShare,
		double idfExponent, double longAnswerIdfExponent, double compoundModifierWeight, int gramLength,
		double gramWeight, double longAnswerGramWeight, int dimensions, int shortAnswerDimensions,
		int powerIterations, int shortAnswerPowerIterations, int restarts, long seed, int minThemes, int maxThemes,
		int answersPerTheme, int fullAnswerTerms, double minThemeShare, double otherSimilarity, double maxOtherShare,
		double assignSimilarity) {

	static ThemeSettings defaults() {
		return new ThemeSettings(true, 8, 2, 1e-4, 1.0, 1.5, 1.25, 0.5, 4, 0.6, 0, 100, 40, 2, 1, 4, 20240917L, 8, 30,
				300, 40, 0.005, 0.25, 0.08, 0.2);
	}

	/**
	 * For placing new answers into existing themes: plain idf, and no letter sequences. A sharper idf (a power above
	 * 1) groups better when clustering, but it spreads a theme's centre over its rare words, and a new answer's cosine
	 * to it falls: at the same threshold only 8 % of the new answers of the scale benchmark found a theme with
	 * idf^1.5, with plain idf 19 %. The threshold {@code assignSimilarity} was measured on words alone; letter
	 * sequences shared by unrelated words would raise every cosine a little.
	 */
	ThemeSettings forAssignment() {
		return with(1.0, 1.0, 0, 0, this.seed);
	}

	/** The same without letter sequences: answers compared by their words only. */
	ThemeSettings withoutLetterSequences() {
		return with(this.idfExponent, this.longAnswerIdfExponent, 0, 0, this.seed);
	}

	ThemeSettings withSeed(long otherSeed) {
		return with(this.idfExponent, this.longAnswerIdfExponent, this.gramWeight, this.longAnswerGramWeight,
				otherSeed);
	}

	private ThemeSettings with(double otherIdfExponent, double otherLongAnswerIdfExponent, double otherGramWeight,
			double otherLongAnswerGramWeight, long otherSeed) {
		return new ThemeSettings(pairs, pairsMinWords, minDf, minDfShare, maxDfShare, otherIdfExponent,
				otherLongAnswerIdfExponent, compoundModifierWeight, gramLength, otherGramWeight, otherLongAnswerGramWeight,
				dimensions, shortAnswerDimensions, powerIterations, shortAnswerPowerIterations, restarts, otherSeed,
				minThemes, maxThemes, answersPerTheme, fullAnswerTerms, minThemeShare, otherSimilarity, maxOtherShare,
				assignSimilarity);
	}

}
