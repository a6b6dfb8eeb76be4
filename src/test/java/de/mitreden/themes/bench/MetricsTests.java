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

}
