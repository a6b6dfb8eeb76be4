package de.mitreden.themes;

import java.util.Arrays;

/**
 * TF-IDF vectors of the answers: sublinear term frequency (1 + ln tf) times a smoothed idf, L2-normalised, over the
 * terms (words and compound parts) and the pairs of neighbouring words. Features in fewer than {@code minDf}
 * answers cannot connect two answers and are left out, as are those in more than {@code maxDfShare} of them.
 */
final class TermWeights {

	/**
	 * The idf of a word every answer uses: ln(N/df) would be 0, and a small set where everyone writes "Radweg"
	 * would have nothing left to compare. Small enough to change nothing where other words are present (measured:
	 * a floor of 0.1 to 1 as in scikit-learn's smooth idf made long answers worse on the development data).
	 */
	static final double IDF_FLOOR = 0.01;

	/** Features are term ids, then pair ids above them. */
	final int termCount;

	final LongIntMap pairIds;

	/** Raw feature id (term id, then pair id) → kept feature id, or -1 if left out. */
	final int[] kept;

	/** Per kept feature: its idf. */
	final float[] idf;

	/** Per answer: sparse vector, feature ids ascending. */
	final int[][] index;

	final float[][] value;

	private TermWeights(int termCount, LongIntMap pairIds, int[] kept, float[] idf, int[][] index,
			float[][] value) {
		this.termCount = termCount;
		this.pairIds = pairIds;
		this.kept = kept;
		this.idf = idf;
		this.index = index;
		this.value = value;
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
		return new TermWeights(this.termCount, this.pairIds, this.kept, this.idf, index, value);
	}

	int features() {
		return this.idf.length;
	}

	static TermWeights of(Corpus corpus, ThemeSettings settings) {
		int n = corpus.size();
		int termCount = corpus.vocabulary.size();
		LongIntMap pairIds = new LongIntMap();
		boolean pairs = settings.pairs() && meanWords(corpus) >= settings.pairsMinWords();
		int[][] features = new int[n][];
		for (int d = 0; d < n; d++) {
			features[d] = features(corpus.terms[d], corpus.wordTerms[d], termCount, pairIds, pairs, true);
		}
		int[] df = new int[termCount + pairIds.size()];
		for (int[] f : features) {
			for (int i = 0; i < f.length; i++) {
				if (i == 0 || f[i] != f[i - 1]) {
					df[f[i]]++;
				}
			}
		}
		int minDf = (int) Math.max(settings.minDf(), Math.ceil(settings.minDfShare() * n));
		int maxDf = (int) Math.max(minDf, settings.maxDfShare() * n);
		int[] kept = new int[df.length];
		var idf = new java.util.ArrayList<Float>();
		for (int t = 0; t < df.length; t++) {
			boolean keep = df[t] >= minDf && df[t] <= maxDf;
			kept[t] = keep ? idf.size() : -1;
			if (keep) {
				idf.add((float) Math.max(Math.log((double) n / df[t]), IDF_FLOOR));
			}
		}
		float[] idfValues = new float[idf.size()];
		for (int i = 0; i < idfValues.length; i++) {
			idfValues[i] = idf.get(i);
		}
		int[][] index = new int[n][];
		float[][] value = new float[n][];
		var weights = new TermWeights(termCount, pairIds, kept, idfValues, index, value);
		for (int d = 0; d < n; d++) {
			weights.weigh(features[d], d);
		}
		return weights;
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
	Sparse vectorOf(int[] terms, int[] wordTerms) {
		int[] f = features(terms, wordTerms, this.termCount, this.pairIds, !this.pairIds.isEmpty(), false);
		int[][] index = new int[1][];
		float[][] value = new float[1][];
		new TermWeights(this.termCount, this.pairIds, this.kept, this.idf, index, value).weigh(f, 0);
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

	private void weigh(int[] f, int d) {
		int[] idx = new int[f.length];
		float[] val = new float[f.length];
		int size = 0;
		double norm = 0;
		for (int i = 0; i < f.length;) {
			int j = i;
			while (j < f.length && f[j] == f[i]) {
				j++;
			}
			int feature = (f[i] < this.kept.length) ? this.kept[f[i]] : -1;
			if (feature >= 0 && this.idf[feature] > 0) {
				float w = (float) ((1 + Math.log(j - i)) * this.idf[feature]);
				idx[size] = feature;
				val[size++] = w;
				norm += w * w;
			}
			i = j;
		}
		float scale = (norm > 0) ? (float) (1 / Math.sqrt(norm)) : 0f;
		for (int i = 0; i < size; i++) {
			val[i] *= scale;
		}
		this.index[d] = Arrays.copyOf(idx, size);
		this.value[d] = Arrays.copyOf(val, size);
	}

	record Sparse(int[] index, float[] value) {

		boolean isEmpty() {
			return this.index.length == 0;
		}

	}

}
