package de.mitreden.themes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * TF-IDF as scikit-learn's TfidfVectorizer does it by default (raw counts, smooth idf
 * {@code ln((1+n)/(1+df)) + 1}, rows L2-normalised), on the tokens of a Lucene analyzer, keeping
 * terms that occur in at least {@code minDocumentFrequency} documents.
 */
final class TfIdf {

	private TfIdf() {
	}

	record Matrix(SparseRows rows, List<String> terms) {
	}

	static Matrix build(List<String> texts, Analyzer analyzer, int minDocumentFrequency) {
		Map<String, Integer> ids = new HashMap<>();
		int[][] termsPerDocument = new int[texts.size()][];
		for (int document = 0; document < texts.size(); document++) {
			termsPerDocument[document] = termIds(analyzer, texts.get(document), ids);
		}
		int[] documentFrequency = new int[ids.size()];
		for (int[] terms : termsPerDocument) {
			countDistinct(terms, documentFrequency);
		}
		int[] kept = new int[ids.size()];
		List<String> names = new ArrayList<>();
		String[] byId = new String[ids.size()];
		ids.forEach((term, id) -> byId[id] = term);
		for (int id = 0; id < byId.length; id++) {
			kept[id] = documentFrequency[id] >= minDocumentFrequency ? names.size() : -1;
			if (kept[id] >= 0) {
				names.add(byId[id]);
			}
		}
		double[] idf = new double[names.size()];
		for (int id = 0; id < byId.length; id++) {
			if (kept[id] >= 0) {
				idf[kept[id]] = Math.log((1.0 + texts.size()) / (1.0 + documentFrequency[id])) + 1;
			}
		}
		return new Matrix(weigh(termsPerDocument, kept, idf, names.size()), List.copyOf(names));
	}

	/** The analyzer's tokens of one text as term ids, sorted, so that equal ids stand together. */
	static int[] termIds(Analyzer analyzer, String text, Map<String, Integer> ids) {
		int[] terms = new int[16];
		int count = 0;
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (count == terms.length) {
					terms = Arrays.copyOf(terms, count * 2);
				}
				terms[count++] = ids.computeIfAbsent(term.toString(), key -> ids.size());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int[] sorted = Arrays.copyOf(terms, count);
		Arrays.sort(sorted);
		return sorted;
	}

	private static void countDistinct(int[] sortedTerms, int[] documentFrequency) {
		for (int i = 0; i < sortedTerms.length; i++) {
			if (i == 0 || sortedTerms[i] != sortedTerms[i - 1]) {
				documentFrequency[sortedTerms[i]]++;
			}
		}
	}

	private static SparseRows weigh(int[][] termsPerDocument, int[] kept, double[] idf, int columns) {
		int[][] indices = new int[termsPerDocument.length][];
		double[][] values = new double[termsPerDocument.length][];
		for (int document = 0; document < termsPerDocument.length; document++) {
			int[] terms = termsPerDocument[document];
			int[] columnIds = new int[terms.length];
			double[] weights = new double[terms.length];
			int distinct = 0;
			for (int i = 0; i < terms.length; i++) {
				int column = kept[terms[i]];
				if (column < 0) {
					continue;
				}
				if (distinct > 0 && columnIds[distinct - 1] == column) {
					weights[distinct - 1] += idf[column];
				}
				else {
					columnIds[distinct] = column;
					weights[distinct++] = idf[column];
				}
			}
			normalise(weights, distinct);
			indices[document] = Arrays.copyOf(columnIds, distinct);
			values[document] = Arrays.copyOf(weights, distinct);
		}
		return new SparseRows(indices, values, columns);
	}

	private static void normalise(double[] weights, int length) {
		double sum = 0;
		for (int i = 0; i < length; i++) {
			sum += weights[i] * weights[i];
		}
		double norm = Math.sqrt(sum);
		for (int i = 0; norm > 0 && i < length; i++) {
			weights[i] /= norm;
		}
	}

}
