package de.mitreden.themes;

import java.util.Arrays;

/**
 * TF-IDF vectors of the answers: sublinear term frequency (1 + ln tf) times idf to a power, L2-normalised, over the
 * terms (words and compound parts), the pairs of neighbouring words and the words' letter sequences
 * ({@link WordGrams}). The modifier of a compound ("Fahrrad" in "Fahrradständer") and a letter sequence count a
 * fraction of a word. Features in fewer than {@code minDf} answers cannot connect two
 * answers and are left out, as are those in more than {@code maxDfShare} of them, and German place names made
 * of an -er adjective and a street word ({@link PlaceNames}).
 */
final class TermWeights {

	/**
	 * The idf of a word every answer uses: ln(N/df) would be 0, and a small set where everyone writes "Radweg"
	 * would have nothing left to compare. Small enough to change nothing where other words are present (measured:
	 * a floor of 0.1 to 1 as in scikit-learn's smooth idf made long answers worse on the development data).
	 */
	static final double IDF_FLOOR = 0.01;

	/** Features are term ids, then pair ids above them, then gram ids above those. */
	final int termCount;

	final LongIntMap pairIds;

	/** Per term id: the kept features of its word's letter sequences, ascending; null when they are no features. */
	private final int[][] gramFeatures;

	/** The first kept feature that is a letter sequence: the terms and pairs are the kept features below it. */
	private final int firstGram;

	/** Raw feature id (term id, then pair id, then gram id) → kept feature id, or -1 if left out. */
	final int[] kept;

	/**
	 * Per kept feature: its idf, to the power {@link ThemeSettings#idfExponent()} for short answers,
	 * {@link ThemeSettings#longAnswerIdfExponent()} for long ones.
	 */
	final float[] idf;

	/**
	 * Whether the answers have {@link ThemeSettings#pairsMinWords()} words or more on average: they then get word
	 * pairs, their own idf power and the full LSA dimensions.
	 */
	final boolean longAnswers;

	/** Per answer: sparse vector, feature ids ascending. */
	final int[][] index;

	final float[][] value;

	/** The share of a word a compound modifier counts as in the term frequency. */
	private final double modifierWeight;

	/** The share of a word one use of a letter sequence counts as in the term frequency. */
	private final double gramWeight;

	private TermWeights(int termCount, LongIntMap pairIds, int[][] gramFeatures, int firstGram, int[] kept,
			float[] idf, boolean longAnswers, int[][] index, float[][] value, double modifierWeight, double gramWeight) {
		this.termCount = termCount;
		this.pairIds = pairIds;
		this.gramFeatures = gramFeatures;
		this.firstGram = firstGram;
		this.kept = kept;
		this.idf = idf;
		this.longAnswers = longAnswers;
		this.index = index;
		this.value = value;
		this.modifierWeight = modifierWeight;
		this.gramWeight = gramWeight;
	}

	/** A copy with other rows over the same features. */
	private TermWeights withRows(int[][] otherIndex, float[][] otherValue) {
		return new TermWeights(this.termCount, this.pairIds, this.gramFeatures, this.firstGram, this.kept, this.idf,
				this.longAnswers, otherIndex, otherValue, this.modifierWeight, this.gramWeight);
	}

	/** At most {@code rows} answers, a seeded random choice in corpus order (all of them if fewer). */
	TermWeights sample(int rows, long seed) {
		int n = this.index.length;
		if (n <= rows) {
			return this;
		}
		int[] chosen = Sampling.choose(n, rows, seed);
		int[][] index = new int[rows][];
		float[][] value = new float[rows][];
		for (int i = 0; i < rows; i++) {
			index[i] = this.index[chosen[i]];
			value[i] = this.value[chosen[i]];
		}
		return withRows(index, value);
	}

	int features() {
		return this.idf.length;
	}

	/** How many of an answer's kept features are terms or word pairs, not letter sequences: what it says. */
	int wordFeatures(int d) {
		int[] features = this.index[d];
		int count = 0;
		while (count < features.length && features[count] < this.firstGram) {
			count++;
		}
		return count;
	}

	static TermWeights of(Corpus corpus, ThemeSettings settings) {
		int n = corpus.size();
		int termCount = corpus.vocabulary.size();
		LongIntMap pairIds = new LongIntMap();
		boolean longAnswers = meanWords(corpus) >= settings.pairsMinWords();
		boolean pairs = settings.pairs() && longAnswers;
		double exponent = longAnswers ? settings.longAnswerIdfExponent() : settings.idfExponent();
		double gramWeight = longAnswers ? settings.longAnswerGramWeight() : settings.gramWeight();
		WordGrams grams = (gramWeight > 0) ? new WordGrams(settings.gramLength(), corpus.vocabulary) : null;
		int[][] features = new int[n][];
		for (int d = 0; d < n; d++) {
			features[d] = features(corpus.terms[d], corpus.wordTerms[d], termCount, pairIds, pairs, true);
		}
		int gramBase = termCount + pairIds.size();
		int[] gramDf = new int[0];
		if (grams != null) {
			grams.learn(corpus.wordTerms);
			gramDf = grams.documentFrequencies(corpus.wordTerms);
		}
		int[] df = new int[gramBase + gramDf.length];
		System.arraycopy(gramDf, 0, df, gramBase, gramDf.length);
		for (int[] f : features) {
			for (int i = 0; i < f.length; i++) {
				if (i == 0 || f[i] != f[i - 1]) {
					df[f[i]]++;
				}
			}
		}
		int minDf = (int) Math.max(settings.minDf(), Math.ceil(settings.minDfShare() * n));
		int maxDf = (int) Math.max(minDf, settings.maxDfShare() * n);
		boolean[] places = PlaceNames.of(corpus);
		int[] kept = new int[df.length];
		float[] idf = new float[df.length];
		int keptCount = 0;
		int firstGram = -1;
		for (int t = 0; t < df.length; t++) {
			if (t == gramBase) {
				firstGram = keptCount;
			}
			boolean keep = df[t] >= minDf && df[t] <= maxDf && !(t < termCount && places[t])
					&& (t < gramBase || grams.shared(t - gramBase));
			kept[t] = keep ? keptCount : -1;
			if (keep) {
				idf[keptCount++] = (float) idf(n, df[t], exponent);
			}
		}
		if (firstGram < 0) {
			firstGram = keptCount;
		}
		float[] idfValues = Arrays.copyOf(idf, keptCount);
		int[][] index = new int[n][];
		float[][] value = new float[n][];
		int[][] gramFeatures = (grams != null) ? grams.keptOfTerms(kept, gramBase) : null;
		var weights = new TermWeights(termCount, pairIds, gramFeatures, firstGram, kept, idfValues, longAnswers, index,
				value, settings.compoundModifierWeight(), gramWeight);
		// each answer's own work (its letter sequences, its vector) does not depend on another's
		Corpus.halves(n).forEach(range -> {
			for (int d = range[0]; d < range[1]; d++) {
				weights.weigh(features[d], sorted(corpus.modifiers[d]), corpus.wordTerms[d], d);
			}
		});
		return weights;
	}

	/**
	 * ln(N/df) to a power above 1. In answers of a few words the term frequency is 1 nearly everywhere, so the idf
	 * alone decides which word an answer is about, and ln compresses it: a word in a fifth of the answers (in a
	 * cycling dialogue "Radweg", the subject everyone writes about) still weighed half as much as a telling word
	 * in 1 % ("Poller") and pulled the answers into one large theme of the subject. The power keeps the order of
	 * the words and widens the gap (measured: better themes for short and long answers; docs/THEMES.md).
	 */
	static double idf(int answers, int df, double exponent) {
		return Math.pow(Math.max(Math.log((double) answers / df), IDF_FLOOR), exponent);
	}

	private static int[] sorted(int[] ids) {
		int[] copy = ids.clone();
		Arrays.sort(copy);
		return copy;
	}

	/**
	 * Words per answer, among answers with any: in one-liners a pair of words is nearly always unique, so pairs
	 * add noise there (measured: short answers group better without, long ones worse; docs/THEMES.md).
	 */
	static double meanWords(Corpus corpus) {
		long words = 0;
		int answers = 0;
		for (int[] w : corpus.wordTerms) {
			if (w.length > 0) {
				words += w.length;
				answers++;
			}
		}
		double mean = (answers == 0) ? 0 : (double) words / answers;
		Timing.mark("mean words " + Math.round(mean * 10) / 10.0);
		return mean;
	}

	/** The sparse vector of a text outside the corpus, over the same features; null if none is known. */
	Sparse vectorOf(int[] terms, int[] wordTerms, int[] modifiers) {
		int[] f = features(terms, wordTerms, this.termCount, this.pairIds, !this.pairIds.isEmpty(), false);
		int[][] index = new int[1][];
		float[][] value = new float[1][];
		withRows(index, value).weigh(f, sorted(modifiers), wordTerms, 0);
		return new Sparse(index[0], value[0]);
	}

	/** Sorted feature ids of one answer, with repeats (the repeats are the term frequency). */
	private static int[] features(int[] terms, int[] wordTerms, int termCount, LongIntMap pairIds,
			boolean pairs, boolean learnPairs) {
		int pairCount = pairs ? Math.max(0, wordTerms.length - 1) : 0;
		int[] f = Arrays.copyOf(terms, terms.length + pairCount);
		int size = terms.length;
		for (int i = 0; i < pairCount; i++) {
			if (wordTerms[i] < 0 || wordTerms[i + 1] < 0) {
				continue;
			}
			long key = ((long) wordTerms[i] << 32) | wordTerms[i + 1];
			int id = pairIds.get(key);
			if (id < 0 && learnPairs) {
				id = termCount + pairIds.size();
				pairIds.put(key, id);
			}
			if (id >= 0) {
				f[size++] = id;
			}
		}
		f = Arrays.copyOf(f, size);
		Arrays.sort(f);
		return f;
	}

	/**
	 * The unit vector of one answer from its sorted features with repeats and its sorted compound modifiers: a
	 * feature's frequency counts each use as a modifier as {@link #modifierWeight} of a use. The head of a compound
	 * says what the thing is ("Ständer"), the modifier only what kind ("Fahrrad"): at full weight the modifiers
	 * tied "Fahrradständer" to "Fahrradstraße" and "Fahrradweg" as strongly as to "Ständer", and a compound
	 * counted as up to three words. The letter sequences of its words (term ids in {@code words}, -1 for an unknown
	 * word) follow, each use counting as {@link #gramWeight} of one.
	 */
	private void weigh(int[] f, int[] modifiers, int[] words, int d) {
		int[] grams = gramsOf(words);
		int[] idx = new int[f.length + grams.length];
		float[] val = new float[idx.length];
		int size = 0;
		double norm = 0;
		int m = 0;
		for (int i = 0; i < f.length;) {
			int j = i;
			while (j < f.length && f[j] == f[i]) {
				j++;
			}
			int asModifier = 0;
			while (m < modifiers.length && modifiers[m] <= f[i]) {
				asModifier += (modifiers[m++] == f[i]) ? 1 : 0;
			}
			int feature = (f[i] < this.kept.length) ? this.kept[f[i]] : -1;
			if (feature >= 0 && this.idf[feature] > 0) {
				double tf = (j - i - asModifier) + this.modifierWeight * asModifier;
				float w = (float) (((tf >= 1) ? 1 + Math.log(tf) : tf) * this.idf[feature]);
				idx[size] = feature;
				val[size++] = w;
				norm += w * w;
			}
			i = j;
		}
		for (int i = 0; i < grams.length;) {
			int j = i;
			while (j < grams.length && grams[j] == grams[i]) {
				j++;
			}
			double tf = (j - i) * this.gramWeight;
			float w = (float) (((tf >= 1) ? 1 + Math.log(tf) : tf) * this.idf[grams[i]]);
			idx[size] = grams[i];
			val[size++] = w;
			norm += w * w;
			i = j;
		}
		float scale = (norm > 0) ? (float) (1 / Math.sqrt(norm)) : 0f;
		for (int i = 0; i < size; i++) {
			val[i] *= scale;
		}
		this.index[d] = Arrays.copyOf(idx, size);
		this.value[d] = Arrays.copyOf(val, size);
	}

	/** The kept letter-sequence features of the words, ascending, a feature in two words twice. */
	private int[] gramsOf(int[] words) {
		int[] grams = NO_FEATURES;
		if (this.gramFeatures != null) {
			for (int word : words) {
				if (word >= 0 && word < this.gramFeatures.length) {
					grams = (grams.length == 0) ? this.gramFeatures[word] : WordGrams.merged(grams, this.gramFeatures[word]);
				}
			}
		}
		return grams;
	}

	private static final int[] NO_FEATURES = new int[0];

	record Sparse(int[] index, float[] value) {

		boolean isEmpty() {
			return this.index.length == 0;
		}

	}

}
