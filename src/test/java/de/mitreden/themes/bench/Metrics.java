package de.mitreden.themes.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement between a clustering and hand-made labels, as scikit-learn computes it: normalised
 * mutual information with the arithmetic mean of the two entropies (its default), the adjusted
 * Rand index, and the adjusted mutual information (NMI corrected for chance). Labels are plain
 * ints; any value is a cluster of its own, so "Sonstiges" (which the benchmark marks
 * {@link Partition#OTHER}) counts as one more cluster.
 */
final class Metrics {

	private Metrics() {
	}

	/** NMI = I(U;V) / ((H(U) + H(V)) / 2); 1.0 when neither labeling splits the data. */
	static double nmi(int[] truth, int[] predicted) {
		Contingency table = Contingency.of(truth, predicted);
		if (table.rows.size() == table.columns.size() && table.rows.size() <= 1) {
			return 1.0;
		}
		double mutualInformation = table.mutualInformation();
		if (mutualInformation <= 0) {
			return 0.0;
		}
		return mutualInformation / table.meanEntropy();
	}

	/** ARI from the pair confusion matrix, exactly as sklearn's adjusted_rand_score. */
	static double ari(int[] truth, int[] predicted) {
		Contingency table = Contingency.of(truth, predicted);
		double n = table.n;
		double sumSquares = sumOfSquares(table.cells);
		double bothSame = sumSquares - n;
		double onlyPredictedSame = sumOfSquares(table.columns) - sumSquares;
		double onlyTruthSame = sumOfSquares(table.rows) - sumSquares;
		double neither = n * n - onlyPredictedSame - onlyTruthSame - sumSquares;
		if (onlyPredictedSame == 0 && onlyTruthSame == 0) {
			return 1.0;
		}
		return 2.0 * (bothSame * neither - onlyTruthSame * onlyPredictedSame)
				/ ((bothSame + onlyTruthSame) * (onlyTruthSame + neither)
						+ (bothSame + onlyPredictedSame) * (onlyPredictedSame + neither));
	}

	/**
	 * Adjusted mutual information (Vinh, Epps and Bailey 2010), as scikit-learn's adjusted_mutual_info_score with
	 * its default arithmetic mean: (MI − E[MI]) / (mean of the entropies − E[MI]), where E[MI] is the mutual
	 * information expected of two random labelings with the same cluster sizes. NMI is not corrected for chance:
	 * more clusters raise it even where they agree with nothing (300 answers in 30 random clusters against 8
	 * categories score about 0.1); AMI scores those 0 and 1 for a perfect match.
	 */
	static double ami(int[] truth, int[] predicted) {
		Contingency table = Contingency.of(truth, predicted);
		if (table.rows.size() == table.columns.size() && table.rows.size() <= 1) {
			return 1.0;
		}
		double mutualInformation = table.mutualInformation();
		double expected = table.expectedMutualInformation();
		double denominator = table.meanEntropy() - expected;
		// as scikit-learn: keep the sign, but never divide by (nearly) zero
		denominator = (denominator < 0) ? Math.min(denominator, -EPSILON) : Math.max(denominator, EPSILON);
		return (mutualInformation - expected) / denominator;
	}

	/** The smallest denominator of {@link #ami}: the machine epsilon of a double, as NumPy's. */
	private static final double EPSILON = Math.ulp(1.0);

	private static double entropy(Map<Integer, Integer> counts, int n) {
		double entropy = 0;
		for (int count : counts.values()) {
			double p = (double) count / n;
			entropy -= p * Math.log(p);
		}
		return entropy;
	}

	private static double sumOfSquares(Map<?, Integer> counts) {
		double sum = 0;
		for (int count : counts.values()) {
			sum += (double) count * count;
		}
		return sum;
	}

	/** Counts per (truth, predicted) pair and per label on each side. */
	private record Contingency(Map<Long, Integer> cells, Map<Integer, Integer> rows, Map<Integer, Integer> columns,
			int n) {

		static Contingency of(int[] truth, int[] predicted) {
			if (truth.length != predicted.length) {
				throw new IllegalArgumentException(
						"labelings differ in length: " + truth.length + " vs " + predicted.length);
			}
			Contingency table = new Contingency(new HashMap<>(), new HashMap<>(), new HashMap<>(), truth.length);
			for (int i = 0; i < truth.length; i++) {
				table.cells.merge(((long) truth[i] << 32) | (predicted[i] & 0xffffffffL), 1, Integer::sum);
				table.rows.merge(truth[i], 1, Integer::sum);
				table.columns.merge(predicted[i], 1, Integer::sum);
			}
			return table;
		}

		double mutualInformation() {
			double sum = 0;
			for (Map.Entry<Long, Integer> cell : cells.entrySet()) {
				int row = rows.get((int) (cell.getKey() >> 32));
				int column = columns.get((int) (long) cell.getKey());
				double count = cell.getValue();
				sum += count / n * Math.log(count * n / ((double) row * column));
			}
			return Math.max(0, sum);
		}

		/** The arithmetic mean of the two labelings' entropies, which NMI and AMI divide by. */
		double meanEntropy() {
			return (entropy(rows, n) + entropy(columns, n)) / 2;
		}

		/**
		 * The mutual information expected under the hypergeometric model (both labelings' cluster sizes fixed, the
		 * items shuffled): for each row of size a and column of size b, every possible overlap k, weighted by its
		 * probability a! b! (n−a)! (n−b)! / (n! k! (a−k)! (b−k)! (n−a−b+k)!), taken in logarithms.
		 */
		double expectedMutualInformation() {
			double[] logFactorial = new double[n + 1];
			for (int i = 2; i <= n; i++) {
				logFactorial[i] = logFactorial[i - 1] + Math.log(i);
			}
			double expected = 0;
			for (int a : rows.values()) {
				for (int b : columns.values()) {
					double fixed = logFactorial[a] + logFactorial[b] + logFactorial[n - a] + logFactorial[n - b]
							- logFactorial[n];
					for (int k = Math.max(1, a + b - n); k <= Math.min(a, b); k++) {
						double logProbability = fixed - logFactorial[k] - logFactorial[a - k] - logFactorial[b - k]
								- logFactorial[n - a - b + k];
						double information = (double) k / n * Math.log((double) n * k / ((double) a * b));
						expected += information * Math.exp(logProbability);
					}
				}
			}
			return expected;
		}

	}

}
