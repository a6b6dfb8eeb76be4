package de.mitreden.themes;

import java.util.Arrays;
import java.util.List;

/**
 * The letter sequences of a fixed length in each word's term, with the word's edges marked ("_fah", "fahr", ...
 * "and_" for "fahrradstand"), as features of the answers: words whose shared stem the analysis does not find meet
 * through them ("Abstellanlage" and "Abstellplatz", "Fahrradständer" and the misspelt "Fahradständer"), and in a
 * one-liner that one word is often all there is. Gram ids are numbered from 0 in order of first use; the caller
 * places them after its other features.
 * <p>
 * A gram is kept as its letters packed into a long (16 bits each, so at most {@link #MAX_LENGTH}), not as a String:
 * the titles of a dialogue have tens of thousands of grams, and a String and a boxed id per gram were most of the
 * TF-IDF step's time.
 */
final class WordGrams {

	static final int MAX_LENGTH = Long.SIZE / Character.SIZE;

	private static final char EDGE = '_';

	private final int length;

	private final List<String> vocabulary;

	private final LongIntMap ids;

	/** Per term id: its distinct gram ids ascending; null for a term no answer uses as a word. */
	private final int[][] ofTerm;

	/** Per gram id: how many distinct terms have it. */
	private int[] termsWith = new int[1024];

	WordGrams(int length, List<String> vocabulary) {
		if (length < 2 || length > MAX_LENGTH) {
			throw new IllegalArgumentException("letter sequences of 2 to " + MAX_LENGTH + " letters, not " + length);
		}
		this.length = length;
		this.vocabulary = vocabulary;
		this.ofTerm = new int[vocabulary.size()][];
		this.ids = new LongIntMap(4 * vocabulary.size());
	}

	int size() {
		return this.ids.size();
	}

	/** Whether two or more distinct terms have the gram: only then does it connect words. */
	boolean shared(int gram) {
		return this.termsWith[gram] >= 2;
	}

	/** Numbers the grams of every word of the answers, in order of first use. */
	void learn(int[][] wordTerms) {
		for (int[] answer : wordTerms) {
			for (int term : answer) {
				if (term >= 0 && this.ofTerm[term] == null) {
					this.ofTerm[term] = gramsOf(this.vocabulary.get(term));
					count(this.ofTerm[term]);
				}
			}
		}
	}

	/** Per gram id: the number of answers whose words have it. Call {@link #learn} first. */
	int[] documentFrequencies(int[][] wordTerms) {
		int[] df = new int[size()];
		int[] lastAnswer = new int[size()];
		Arrays.fill(lastAnswer, -1);
		for (int answer = 0; answer < wordTerms.length; answer++) {
			for (int term : wordTerms[answer]) {
				if (term < 0) {
					continue;
				}
				for (int gram : this.ofTerm[term]) {
					if (lastAnswer[gram] != answer) {
						lastAnswer[gram] = answer;
						df[gram]++;
					}
				}
			}
		}
		return df;
	}

	/**
	 * Per term id: the features its word's grams became, ascending ({@code kept[base + gram]}; grams left out, -1,
	 * dropped), empty for a term that is no word. Kept features are numbered in the order of the grams, so the
	 * order holds.
	 */
	int[][] keptOfTerms(int[] kept, int base) {
		int[][] features = new int[this.ofTerm.length][];
		int[] buffer = new int[64];
		for (int term = 0; term < features.length; term++) {
			int[] grams = (this.ofTerm[term] != null) ? this.ofTerm[term] : new int[0];
			if (grams.length > buffer.length) {
				buffer = new int[grams.length];
			}
			int size = 0;
			for (int gram : grams) {
				int feature = kept[base + gram];
				if (feature >= 0) {
					buffer[size++] = feature;
				}
			}
			features[term] = Arrays.copyOf(buffer, size);
		}
		return features;
	}

	/** Two ascending arrays as one, repeats kept: each word's grams are sorted already. */
	static int[] merged(int[] a, int[] b) {
		int[] all = new int[a.length + b.length];
		int i = 0;
		int j = 0;
		for (int k = 0; k < all.length; k++) {
			all[k] = (j == b.length || (i < a.length && a[i] <= b[j])) ? a[i++] : b[j++];
		}
		return all;
	}

	/**
	 * The distinct gram ids of one word's term, ascending; new grams get the next ids. The key rolls along the word:
	 * each letter shifts the oldest out of the top.
	 */
	private int[] gramsOf(String text) {
		int marked = text.length() + 2;
		int count = Math.max(0, marked - this.length + 1);
		int[] grams = new int[count];
		long mask = (this.length == MAX_LENGTH) ? -1L : (1L << (Character.SIZE * this.length)) - 1;
		long key = 0;
		for (int i = 0; i < marked; i++) {
			char letter = (i == 0 || i == marked - 1) ? EDGE : text.charAt(i - 1);
			key = ((key << Character.SIZE) | letter) & mask;
			int start = i - this.length + 1;
			if (start >= 0) {
				int id = this.ids.get(key);
				if (id < 0) {
					id = this.ids.size();
					this.ids.put(key, id);
				}
				grams[start] = id;
			}
		}
		return distinct(grams);
	}

	/** Sorted without repeats (a word has a few grams: an insertion sort in place). */
	private static int[] distinct(int[] values) {
		for (int i = 1; i < values.length; i++) {
			int value = values[i];
			int j = i - 1;
			for (; j >= 0 && values[j] > value; j--) {
				values[j + 1] = values[j];
			}
			values[j + 1] = value;
		}
		int kept = 0;
		for (int i = 0; i < values.length; i++) {
			if (i == 0 || values[i] != values[i - 1]) {
				values[kept++] = values[i];
			}
		}
		return (kept == values.length) ? values : Arrays.copyOf(values, kept);
	}

	private void count(int[] grams) {
		for (int gram : grams) {
			if (gram >= this.termsWith.length) {
				this.termsWith = Arrays.copyOf(this.termsWith, Math.max(gram + 1, 2 * this.termsWith.length));
			}
			this.termsWith[gram]++;
		}
	}

}
