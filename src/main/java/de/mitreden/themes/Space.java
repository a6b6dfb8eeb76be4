package de.mitreden.themes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.apache.lucene.analysis.Analyzer;

import de.mitreden.textanalysis.TextAnalysis;

/**
 * The answers of one language as points: analysed, weighted (TF-IDF) and embedded (LSA, unit length). Keeps
 * what is needed to embed a new answer the same way.
 */
final class Space {

	final Corpus corpus;

	final TermWeights weights;

	final Analyzer analyzer;

	/** Per answer: its unit embedding, all zeros if it has no known term. */
	final float[][] embeddings;

	private volatile Map<String, Integer> termIds;

	private Space(Corpus corpus, TermWeights weights, Analyzer analyzer, float[][] embeddings) {
		this.corpus = corpus;
		this.weights = weights;
		this.analyzer = analyzer;
		this.embeddings = embeddings;
	}

	static Space fit(TextAnalysis analysis, String language, List<ThemeDocument> documents, Set<String> stopwords,
			ThemeSettings settings) {
		Set<String> allStopwords = new HashSet<>(stopwords);
		allStopwords.addAll(FillerWords.of(language));
		Analyzer analyzer = analysis.corpusAnalyzer(language, allStopwords);
		Timing.mark("stopwords");
		Corpus corpus = Corpus.analyse(language, documents, analyzer);
		Timing.mark("analysis");
		TermWeights weights = TermWeights.of(corpus, settings);
		Timing.mark("tf-idf " + weights.features() + " features");
		float[][] embeddings;
		int dimensions = weights.longAnswers ? settings.dimensions() : settings.shortAnswerDimensions();
		int powerIterations = weights.longAnswers ? settings.powerIterations() : settings.shortAnswerPowerIterations();
		if (dimensions > 0) {
			embeddings = Lsa.embed(weights, dimensions, powerIterations, settings.seed());
		}
		else {
			embeddings = new float[corpus.size()][];
			for (int d = 0; d < corpus.size(); d++) {
				embeddings[d] = dense(weights, d);
			}
		}
		Timing.mark("lsa");
		return new Space(corpus, weights, analyzer, embeddings);
	}

	private static float[] dense(TermWeights weights, int d) {
		float[] e = new float[weights.features()];
		for (int i = 0; i < weights.index[d].length; i++) {
			e[weights.index[d][i]] = weights.value[d][i];
		}
		return e;
	}

	/**
	 * Mean number of kept terms and word pairs per answer with any: how much an answer says. Letter sequences are
	 * not counted: they repeat what the words say.
	 */
	double meanTerms() {
		long features = 0;
		int answers = 0;
		for (int d = 0; d < this.weights.index.length; d++) {
			int own = this.weights.wordFeatures(d);
			if (own > 0) {
				features += own;
				answers++;
			}
		}
		return (answers == 0) ? 0 : (double) features / answers;
	}

	int activeCount() {
		int count = 0;
		for (float[] e : this.embeddings) {
			if (!Vectors.isZero(e)) {
				count++;
			}
		}
		return count;
	}

	/** The TF-IDF vector of a new text over this corpus's features (unknown words left out). */
	TermWeights.Sparse weigh(String text) {
		int[][] known = Corpus.analyseKnown(this.analyzer, text, termIds());
		return this.weights.vectorOf(known[0], known[1], known[2]);
	}

	private Map<String, Integer> termIds() {
		if (this.termIds == null) {
			this.termIds = this.corpus.termIds();
		}
		return this.termIds;
	}

}
