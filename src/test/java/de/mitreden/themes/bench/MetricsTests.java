package de.mitreden.themes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * NMI and ARI against values computed by hand and against the examples in scikit-learn's
 * documentation of normalized_mutual_info_score and adjusted_rand_score.
 */
class MetricsTests {

	@Test
	void identicalLabelingsScoreOne() {
		assertThat(Metrics.nmi(new int[] { 0, 0, 1, 1 }, new int[] { 0, 0, 1, 1 })).isEqualTo(1.0, within(1e-12));
		assertThat(Metrics.ari(new int[] { 0, 0, 1, 1 }, new int[] { 0, 0, 1, 1 })).isEqualTo(1.0, within(1e-12));
	}

	@Test
	void renamingTheClustersChangesNothing() {
		assertThat(Metrics.nmi(new int[] { 0, 0, 1, 1 }, new int[] { 1, 1, 0, 0 })).isEqualTo(1.0, within(1e-12));
		assertThat(Metrics.ari(new int[] { 0, 0, 1, 1 }, new int[] { 1, 1, 0, 0 })).isEqualTo(1.0, within(1e-12));
		assertThat(Metrics.ari(new int[] { 0, 0, 1, 1 }, new int[] { 7, 7, Partition.OTHER, Partition.OTHER }))
			.isEqualTo(1.0, within(1e-12));
	}

	@Test
	void labelsSplitAcrossEveryClusterScoreZero() {
		// sklearn: normalized_mutual_info_score([0, 0, 1, 1], [0, 1, 0, 1]) == 0.0
		assertThat(Metrics.nmi(new int[] { 0, 0, 1, 1 }, new int[] { 0, 1, 0, 1 })).isEqualTo(0.0);
		// sklearn: adjusted_rand_score([0, 0, 1, 1], [0, 1, 0, 1]) == -0.5
		assertThat(Metrics.ari(new int[] { 0, 0, 1, 1 }, new int[] { 0, 1, 0, 1 })).isEqualTo(-0.5, within(1e-12));
	}

	@Test
	void oneClassAgainstSingletonsIsNoAgreementBeyondChance() {
		// sklearn: adjusted_rand_score([0, 0, 0, 0], [0, 1, 2, 3]) == 0.0
		assertThat(Metrics.ari(new int[] { 0, 0, 0, 0 }, new int[] { 0, 1, 2, 3 })).isEqualTo(0.0, within(1e-12));
		assertThat(Metrics.nmi(new int[] { 0, 0, 0, 0 }, new int[] { 0, 1, 2, 3 })).isEqualTo(0.0);
	}

	@Test
	void neitherLabelingSplitsTheDataIsAPerfectMatch() {
		assertThat(Metrics.nmi(new int[] { 3, 3, 3 }, new int[] { 5, 5, 5 })).isEqualTo(1.0);
		assertThat(Metrics.ari(new int[] { 3, 3, 3 }, new int[] { 5, 5, 5 })).isEqualTo(1.0);
	}

	@Test
	void adjustedRandIndexOfTheDocumentationsPartialMatches() {
		// sklearn: adjusted_rand_score([0, 0, 1, 2], [0, 0, 1, 1]) == 0.57...
		assertThat(Metrics.ari(new int[] { 0, 0, 1, 2 }, new int[] { 0, 0, 1, 1 })).isEqualTo(4.0 / 7, within(1e-12));
		assertThat(Metrics.ari(new int[] { 0, 0, 1, 1 }, new int[] { 0, 0, 1, 2 })).isEqualTo(4.0 / 7, within(1e-12));
	}

	@Test
	void userGuideExampleByHand() {
		// sklearn user guide: labels_true = [0, 0, 0, 1, 1, 1], labels_pred = [0, 0, 1, 1, 2, 2]
		int[] truth = { 0, 0, 0, 1, 1, 1 };
		int[] predicted = { 0, 0, 1, 1, 2, 2 };
		// MI = 2/3 ln 2; H(truth) = ln 2; H(predicted) = ln 3; NMI = MI / mean of the entropies (= V-measure 0.51...)
		double expectedNmi = (2.0 / 3 * Math.log(2)) / ((Math.log(2) + Math.log(3)) / 2);
		assertThat(Metrics.nmi(truth, predicted)).isEqualTo(expectedNmi, within(1e-12)).isEqualTo(0.5158, within(1e-4));
		// pairs together in both: 2; expected 6 · 3 / 15 = 1.2; max (6 + 3) / 2 = 4.5 → (2 - 1.2) / 3.3 = 0.2424...
		assertThat(Metrics.ari(truth, predicted)).isEqualTo(0.8 / 3.3, within(1e-12));
	}

	@Test
	void sonstigesIsOneMoreCluster() {
		int[] truth = { 0, 0, 1, 1, 2, 2 };
		int[] withOther = { 0, 0, 1, 1, Partition.OTHER, Partition.OTHER };
		assertThat(Metrics.nmi(truth, withOther)).isEqualTo(1.0, within(1e-12));
		assertThat(Metrics.ari(truth, withOther)).isEqualTo(1.0, within(1e-12));
	}

	@Test
	void labelingsOfDifferentLengthsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Metrics.nmi(new int[] { 0 }, new int[] { 0, 1 }));
	}

	@Test
	void adjustedMutualInformationOfTheDocumentationsExamples() {
		// sklearn: adjusted_mutual_info_score([0, 0, 1, 1], [0, 0, 1, 1]) == adjusted_mutual_info_score([0, 0, 1, 1],
		// [1, 1, 0, 0]) == 1.0; adjusted_mutual_info_score([0, 0, 0, 0], [0, 1, 2, 3]) == 0.0
		assertThat(Metrics.ami(new int[] { 0, 0, 1, 1 }, new int[] { 0, 0, 1, 1 })).isEqualTo(1.0, within(1e-12));
		assertThat(Metrics.ami(new int[] { 0, 0, 1, 1 }, new int[] { 1, 1, 0, 0 })).isEqualTo(1.0, within(1e-12));
		assertThat(Metrics.ami(new int[] { 0, 0, 0, 0 }, new int[] { 0, 1, 2, 3 })).isEqualTo(0.0, within(1e-12));
		assertThat(Metrics.ami(new int[] { 3, 3, 3 }, new int[] { 5, 5, 5 })).isEqualTo(1.0);
	}

	/**
	 * The expected mutual information by its definition, not by its formula: the mean over every order of the
	 * predicted labels (7! = 5,040 of them) of the mutual information with the truth.
	 */
	@Test
	void adjustedMutualInformationSubtractsTheMeanOverAllShuffles() {
		int[] truth = { 0, 0, 0, 1, 1, 2, 2 };
		int[] predicted = { 0, 0, 1, 1, 2, 2, 2 };
		double[] sum = new double[1];
		int[] count = new int[1];
		permute(predicted.clone(), 0, shuffled -> {
			sum[0] += mutualInformation(truth, shuffled);
			count[0]++;
		});
		double expected = sum[0] / count[0];
		double mean = (entropy(truth) + entropy(predicted)) / 2;
		double ami = (mutualInformation(truth, predicted) - expected) / (mean - expected);
		assertThat(count[0]).isEqualTo(5040);
		assertThat(Metrics.ami(truth, predicted)).isEqualTo(ami, within(1e-12));
		assertThat(ami).isLessThan(Metrics.nmi(truth, predicted));
	}

	/** What AMI is for: 30 random clusters of 300 items score an NMI well above 0 against 8 categories, AMI about 0. */
	@Test
	void randomClustersScoreNoAdjustedMutualInformation() {
		var random = new java.util.SplittableRandom(7);
		double nmi = 0;
		double ami = 0;
		int rounds = 50;
		for (int r = 0; r < rounds; r++) {
			int[] truth = random.ints(300, 0, 8).toArray();
			int[] clusters = random.ints(300, 0, 30).toArray();
			nmi += Metrics.nmi(truth, clusters) / rounds;
			ami += Metrics.ami(truth, clusters) / rounds;
		}
		assertThat(nmi).isGreaterThan(0.08);
		assertThat(ami).isCloseTo(0.0, within(0.005));
	}

	private static void permute(int[] labels, int from, java.util.function.Consumer<int[]> each) {
		if (from == labels.length) {
			each.accept(labels);
			return;
		}
		for (int i = from; i < labels.length; i++) {
			swap(labels, from, i);
			permute(labels, from + 1, each);
			swap(labels, from, i);
		}
	}

	private static void swap(int[] labels, int i, int j) {
		int t = labels[i];
		labels[i] = labels[j];
		labels[j] = t;
	}

	private static double mutualInformation(int[] a, int[] b) {
		int n = a.length;
		double[][] joint = new double[10][10];
		double[] left = new double[10];
		double[] right = new double[10];
		for (int i = 0; i < n; i++) {
			joint[a[i]][b[i]] += 1.0 / n;
			left[a[i]] += 1.0 / n;
			right[b[i]] += 1.0 / n;
		}
		double mi = 0;
		for (int x = 0; x < 10; x++) {
			for (int y = 0; y < 10; y++) {
				if (joint[x][y] > 0) {
					mi += joint[x][y] * Math.log(joint[x][y] / (left[x] * right[y]));
				}
			}
		}
		return mi;
	}

	private static double entropy(int[] labels) {
		double[] share = new double[10];
		for (int label : labels) {
			share[label] += 1.0 / labels.length;
		}
		double h = 0;
		for (double p : share) {
			h -= (p > 0) ? p * Math.log(p) : 0;
		}
		return h;
	}

}
