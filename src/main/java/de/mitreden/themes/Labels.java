package de.mitreden.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a theme with a phrase its answers use. Terms are scored by how much more often the theme's answers use
 * them than all answers do (p·ln(p/q), the term's share of the theme's divergence from the corpus). Candidate
 * labels are runs of one to four words from the answers (stop words allowed inside, as in "Termine bei der
 * Ausländerbehörde", not at the edges), scored by the share of the theme's answers that contain them times the
 * scores of the terms they hold, so a longer phrase wins only when it is nearly as common as its best word. The
 * label is the phrase as most answers write it, so it is never a bare stem. In German a label of one word must be
 * a noun (written with a capital inside sentences): "Gefährliche" alone names nothing.
 */
final class Labels {

	static final int TOP_TERMS = 8;

	private static final int MAX_PHRASE_WORDS = 4;

	/** A label should hold one of the theme's this many most telling words (see {@link #tellingWords}). */
	static final int TELLING_WORDS = 3;

	/** Labels start and end with one of the theme's this many most telling words. */
	private static final int LABEL_WORDS = 30;

	private static final int MAX_GAP_CHARS = 12;

	/** Each further word makes a phrase this much more telling than a single word (then it needs less coverage). */
	static final double PHRASE_BONUS = Double.parseDouble(System.getProperty("themes.phraseBonus", "0.35"));

	private final Corpus corpus;

	private final int[] termDf;

	/** Per answer: its distinct term ids (computed once; every theme's term scores read them). */
	private final int[][] distinctTerms;

	/** Per term: how the corpus writes it most often as a word, worked out when a theme first asks. */
	private final Map<Integer, String> corpusSurfaces = new java.util.concurrent.ConcurrentHashMap<>();

	/** Answers whose spellings settle how the corpus writes a term: a few thousand suffice. */
	private static final int SPELLING_ANSWERS = 5_000;

	/**
	 * Per term: where the first {@link #SPELLING_ANSWERS} answers use it as a word, each as answer × 2^32 + word
	 * index, in text order. A term's spelling then reads its own uses, not every answer of the corpus again.
	 */
	private final long[][] wordUses;

	/** Per term: how often the corpus writes it with a capital, and in lower case, inside a sentence. */
	private final int[] capitalInside;

	private final int[] lowerInside;

	Labels(Corpus corpus) {
		this.corpus = corpus;
		this.termDf = new int[corpus.vocabulary.size()];
		this.distinctTerms = distinctTerms(corpus);
		for (int[] terms : this.distinctTerms) {
			for (int t : terms) {
				this.termDf[t]++;
			}
		}
		this.capitalInside = new int[this.termDf.length];
		this.lowerInside = new int[this.termDf.length];
		for (int d = 0; d < corpus.size(); d++) {
			countCase(d);
		}
		this.wordUses = wordUses(corpus, this.termDf.length);
	}

	private static long[][] wordUses(Corpus corpus, int terms) {
		int answers = Math.min(corpus.size(), SPELLING_ANSWERS);
		int[] count = new int[terms];
		for (int d = 0; d < answers; d++) {
			for (int t : corpus.wordTerms[d]) {
				count[t]++;
			}
		}
		long[][] uses = new long[terms][];
		for (int t = 0; t < terms; t++) {
			uses[t] = new long[count[t]];
		}
		int[] filled = new int[terms];
		for (int d = 0; d < answers; d++) {
			int[] words = corpus.wordTerms[d];
			for (int i = 0; i < words.length; i++) {
				uses[words[i]][filled[words[i]]++] = ((long) d << 32) | i;
			}
		}
		return uses;
	}

	private void countCase(int d) {
		String text = this.corpus.text(d);
		for (int i = 0; i < this.corpus.wordTerms[d].length; i++) {
			int start = this.corpus.wordStarts[d][i];
			int before = start - 1;
			while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
				before--;
			}
			if (before < 0 || ".!?:;\"„(".indexOf(text.charAt(before)) >= 0) {
				continue;
			}
			if (Character.isUpperCase(text.charAt(start))) {
				this.capitalInside[this.corpus.wordTerms[d][i]]++;
			}
			else {
				this.lowerInside[this.corpus.wordTerms[d][i]]++;
			}
		}
	}

	/** German writes nouns with a capital inside a sentence; a word the corpus mostly writes lower case is none. */
	private boolean isNoun(int term) {
		return this.lowerInside[term] <= this.capitalInside[term];
	}

	record Label(String label, List<String> topTerms) {
	}

	/** A theme's label candidates, best first, and its top terms: what can be worked out for each theme alone. */
	record Candidates(List<String> labels, List<String> topTerms) {

		/** The best label no other theme has taken yet (lower case in {@code labelsTaken}). */
		Label choose(Set<String> labelsTaken) {
			String label = this.labels.stream()
				.filter(candidate -> !labelsTaken.contains(candidate.toLowerCase(Locale.ROOT)))
				.findFirst()
				.orElse(this.topTerms.isEmpty() ? "?" : capitalise(this.topTerms.get(0)));
			return new Label(label, this.topTerms);
		}

	}

	/** Safe to call for several themes at once: it only reads the corpus. */
	Candidates candidates(int[] members) {
		double[] score = termScores(members);
		int[] ranked = byScore(score);
		int[] top = topTerms(ranked, score);
		List<String> topSurfaces = new ArrayList<>();
		Map<Integer, Map<String, Integer>> surfaces = memberSurfaces(members, top);
		for (int t : top) {
			String surface = surface(t, surfaces);
			if (surface != null && topSurfaces.stream().noneMatch(s -> s.equalsIgnoreCase(surface))) {
				topSurfaces.add(surface);
			}
		}
		boolean[] allowed = labelWords(ranked, score.length);
		boolean[] telling = tellingWords(members, ranked, score.length);
		return new Candidates(rankedPhrases(members, score, allowed, telling), topSurfaces);
	}

	/**
	 * The theme's {@link #TELLING_WORDS} best-scored terms among those its answers use as words (not only as compound
	 * parts). A label holds one of them where it can: a frequent word of the whole dialogue ("Radfahrer") covers
	 * many answers of a theme about turning left without saying what the theme is about.
	 */
	private boolean[] tellingWords(int[] members, int[] ranked, int terms) {
		boolean[] usedAsWord = new boolean[terms];
		for (int d : members) {
			for (int t : this.corpus.wordTerms[d]) {
				usedAsWord[t] = true;
			}
		}
		boolean[] telling = new boolean[terms];
		int found = 0;
		for (int i = 0; i < ranked.length && found < TELLING_WORDS; i++) {
			if (usedAsWord[ranked[i]]) {
				telling[ranked[i]] = true;
				found++;
			}
		}
		return telling;
	}

	/**
	 * The terms with a positive score, best first (the lower id first on a tie): the one ordering the top terms,
	 * the label words and the telling words are taken from. Sorting only these (a few hundred of a theme's
	 * vocabulary of thousands) costs a fraction of sorting all three times.
	 */
	private static int[] byScore(double[] score) {
		int positive = 0;
		for (double s : score) {
			positive += (s > 0) ? 1 : 0;
		}
		Integer[] terms = new Integer[positive];
		int i = 0;
		for (int t = 0; t < score.length; t++) {
			if (score[t] > 0) {
				terms[i++] = t;
			}
		}
		Arrays.sort(terms, Comparator.<Integer>comparingDouble(t -> -score[t]).thenComparingInt(t -> t));
		int[] ranked = new int[positive];
		for (int k = 0; k < positive; k++) {
			ranked[k] = terms[k];
		}
		return ranked;
	}

	private double[] termScores(int[] members) {
		int[] in = new int[this.termDf.length];
		for (int d : members) {
			for (int t : this.distinctTerms[d]) {
				in[t]++;
			}
		}
		double[] score = new double[in.length];
		int n = this.corpus.size();
		for (int t = 0; t < in.length; t++) {
			if (in[t] >= 2) {
				double p = (double) in[t] / members.length;
				double q = (double) this.termDf[t] / n;
				// + 0.01: a theme that is all the answers (p = q) is still named by its most frequent words
				score[t] = (p >= q) ? p * (Math.log(p / q) + 0.01) : 0;
			}
		}
		return score;
	}

	/**
	 * The {@link #TOP_TERMS} best terms; of equally scored ones the first in the corpus's spelling order. Only the
	 * ranked terms (those with a positive score) are sorted again.
	 */
	private int[] topTerms(int[] ranked, double[] score) {
		return Arrays.stream(ranked)
			.boxed()
			.sorted(Comparator.<Integer>comparingDouble(t -> -score[t]).thenComparing(t -> this.corpus.vocabulary.get(t)))
			.limit(TOP_TERMS)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** The words a label may start and end with: the theme's most telling ones (keeps the candidates few). */
	private static boolean[] labelWords(int[] ranked, int terms) {
		boolean[] allowed = new boolean[terms];
		for (int i = 0; i < Math.min(ranked.length, LABEL_WORDS); i++) {
			allowed[ranked[i]] = true;
		}
		return allowed;
	}

	private List<String> rankedPhrases(int[] members, double[] score, boolean[] allowed, boolean[] telling) {
		Map<String, Phrase> phrases = new HashMap<>();
		for (int d : members) {
			Set<String> seen = new HashSet<>();
			int[] words = this.corpus.wordTerms[d];
			for (int i = 0; i < words.length; i++) {
				if (!allowed[words[i]]) {
					continue;
				}
				StringBuilder key = new StringBuilder(48); // up to four term ids and the words between
				double phraseScore = 0;
				boolean tells = false;
				for (int j = i; j < words.length && j < i + MAX_PHRASE_WORDS; j++) {
					if (j > i && !joinable(d, j - 1, j)) {
						break;
					}
					if (j > i) {
						key.append(' ').append(gap(d, j - 1, j)).append(' ');
					}
					key.append(words[j]);
					if (!repeats(words, i, j)) {
						phraseScore += score[words[j]];
					}
					tells |= telling[words[j]];
					String phraseKey = allowed[words[j]] ? key.toString() : null;
					if (phraseKey != null && seen.add(phraseKey)) {
						int length = j - i + 1;
						boolean phraseTells = tells;
						phrases.computeIfAbsent(phraseKey, k -> new Phrase(length, phraseTells)).add(phraseScore,
								surface(d, i, j), !isNoun(words[i]));
					}
				}
			}
		}
		boolean german = "de".equals(this.corpus.language);
		return phrases.values()
			.stream()
			.filter(p -> p.documents >= 2)
			.filter(p -> !german || p.words > 1 || p.lowerInside == 0)
			.sorted(Comparator.<Phrase, Boolean>comparing(p -> !p.tells)
				.thenComparingDouble(p -> -p.quality(members.length))
				.thenComparing(Phrase::label))
			.map(Phrase::label)
			.toList();
	}

	/** Whether the term of word j occurs among the words i..j-1 (a phrase scores each term once). */
	private static boolean repeats(int[] words, int i, int j) {
		for (int k = i; k < j; k++) {
			if (words[k] == words[j]) {
				return true;
			}
		}
		return false;
	}

	/** Two neighbouring words form a phrase if only a few stop words and no punctuation stand between them. */
	private boolean joinable(int d, int left, int right) {
		int from = this.corpus.wordEnds[d][left];
		int to = this.corpus.wordStarts[d][right];
		if (to - from > MAX_GAP_CHARS) {
			return false;
		}
		String text = this.corpus.text(d);
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (!Character.isLetter(c) && !Character.isWhitespace(c) && c != '-') {
				return false;
			}
		}
		return true;
	}

	private String gap(int d, int left, int right) {
		return this.corpus.text(d)
			.substring(this.corpus.wordEnds[d][left], this.corpus.wordStarts[d][right])
			.strip()
			.toLowerCase(Locale.ROOT);
	}

	/** Words from..to of answer d as written, every run of white space (as \\s: tab, line break, …) one space. */
	private String surface(int d, int from, int to) {
		String text = this.corpus.text(d);
		int start = this.corpus.wordStarts[d][from];
		int end = this.corpus.wordEnds[d][to];
		if (from == to) {
			return text.substring(start, end); // one word has no space inside
		}
		StringBuilder surface = new StringBuilder(end - start);
		boolean inSpace = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
			if (!space) {
				surface.append(c);
			}
			else if (!inSpace) {
				surface.append(' ');
			}
			inSpace = space;
		}
		return surface.toString();
	}

	/** How the theme's answers write each of the given terms (only these: every surface is a substring). */
	private Map<Integer, Map<String, Integer>> memberSurfaces(int[] members, int[] terms) {
		boolean[] wanted = new boolean[this.termDf.length];
		for (int t : terms) {
			wanted[t] = true;
		}
		Map<Integer, Map<String, Integer>> surfaces = new HashMap<>();
		for (int d : members) {
			addSurfaces(d, surfaces, t -> wanted[t]);
		}
		return surfaces;
	}

	/** Counts how answer d writes each of its words whose term is {@code counted}. */
	private void addSurfaces(int d, Map<Integer, Map<String, Integer>> surfaces,
			java.util.function.IntPredicate counted) {
		int[] words = this.corpus.wordTerms[d];
		for (int i = 0; i < words.length; i++) {
			if (counted.test(words[i])) {
				surfaces.computeIfAbsent(words[i], k -> new HashMap<>()).merge(surface(d, i, i), 1, Integer::sum);
			}
		}
	}

	/** How the theme's answers write a term most often; for a compound part, how the whole corpus does. */
	private String surface(int term, Map<Integer, Map<String, Integer>> surfaces) {
		Map<String, Integer> counts = surfaces.get(term);
		if (counts != null) {
			return mostFrequent(counts);
		}
		// a term the corpus never writes as a word has no spelling (null is not kept: asked again, it scans again)
		return this.corpusSurfaces.computeIfAbsent(term, this::corpusSpelling);
	}

	/**
	 * How the corpus writes a term most often as a word, or null (compound parts a theme never writes alone). The
	 * spelling of a word is settled by a few thousand answers.
	 */
	private String corpusSpelling(int term) {
		Map<String, Integer> counts = new HashMap<>();
		for (long use : this.wordUses[term]) {
			int word = (int) use;
			counts.merge(surface((int) (use >>> 32), word, word), 1, Integer::sum);
		}
		return counts.isEmpty() ? null : mostFrequent(counts);
	}

	/** The most frequent spelling; of equally frequent ones the first in string order. */
	private static String mostFrequent(Map<String, Integer> counts) {
		String best = null;
		int bestCount = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			int count = entry.getValue();
			if (count > bestCount || (count == bestCount && entry.getKey().compareTo(best) < 0)) {
				best = entry.getKey();
				bestCount = count;
			}
		}
		return best;
	}

	static String capitalise(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	/**
	 * Per answer: its terms, each once, in the order of first use. They are only counted, so a mark per term (the
	 * answer that last had it) replaces a sort per answer.
	 */
	private static int[][] distinctTerms(Corpus corpus) {
		int[][] distinct = new int[corpus.size()][];
		int[] lastAnswer = new int[corpus.vocabulary.size()];
		Arrays.fill(lastAnswer, -1);
		var once = new Corpus.IntList();
		for (int d = 0; d < distinct.length; d++) {
			once.clear();
			for (int t : corpus.terms[d]) {
				if (lastAnswer[t] != d) {
					lastAnswer[t] = d;
					once.add(t);
				}
			}
			distinct[d] = once.toArray();
		}
		return distinct;
	}

	/** A candidate label: in how many answers, with which term scores, written how. */
	private static final class Phrase {

		final int words;

		/** Whether it holds one of the theme's telling words. */
		final boolean tells;

		int documents;

		double termScore;

		/** Answers where its first word is no noun (see {@link Labels#isNoun}). */
		int lowerInside;

		final Map<String, Integer> surfaces = new HashMap<>();

		Phrase(int words, boolean tells) {
			this.words = words;
			this.tells = tells;
		}

		void add(double termScore, String surface, boolean lowerInside) {
			this.documents++;
			this.lowerInside += lowerInside ? 1 : 0;
			this.termScore = termScore;
			this.surfaces.merge(surface, 1, Integer::sum);
		}

		double quality(int members) {
			return ((double) this.documents / members) * this.termScore * (1 + PHRASE_BONUS * (this.words - 1));
		}

		String label() {
			return capitalise(mostFrequent(this.surfaces));
		}

	}

}
