package de.mitreden.themes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Every peer of the themes benchmark, and mitreden's themes through the benchmark's adapter, run on a
 * tiny synthetic corpus of three clearly separate topics; the vector-space peers and mitreden find them. Not timed: the figures live in docs/BENCHMARKS.md.
 */
class PeersTests {

	private static final String[][] TOPICS = {
			{ "Ampel", "Grünphase", "Kreuzung", "schaltet", "warten", "Signal" },
			{ "Fahrradständer", "Bahnhof", "abstellen", "Bügel", "Parkplätze", "Diebstahl" },
			{ "Schlaglöcher", "Belag", "Wurzeln", "holprig", "Radweg", "Risse" } };

	private static final int PER_TOPIC = 30;

	@Test
	void vectorPeersFindThreeSeparateTopics() {
		for (Peer peer : List.of(VectorPeer.tfIdfKMeans(), VectorPeer.lsaKMeans())) {
			Partition partition = peer.cluster(texts(), 3);
			assertThat(partition.documentCount()).as(peer.name()).isEqualTo(TOPICS.length * PER_TOPIC);
			assertThat(Metrics.nmi(truth(), partition.assignment())).as(peer.name()).isGreaterThan(0.9);
			assertThat(partition.labels()).as(peer.name()).allSatisfy(label -> assertThat(label).isNotBlank());
		}
	}

	/**
	 * Words that always come in pairs make the term matrix rank-deficient: EJML's plain QR stopped there ("QR
	 * failed", seen on the 30 % part of a 700-answer sample of Bonn), where scikit-learn carries on.
	 */
	@Test
	void theLsaPeerRunsWhereTermsAreFewAndAlwaysInPairs() {
		String[][] pairs = { { "Ampel", "Grünphase" }, { "Kreuzung", "Signal" }, { "Bügel", "Bahnhof" },
				{ "Schlaglöcher", "Belag" }, { "Wurzeln", "Risse" }, { "Parkplätze", "Diebstahl" } };
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String[] pair = pairs[i % pairs.length];
			String[] other = pairs[(i / pairs.length) % pairs.length];
			texts.add(pair[0] + " " + pair[1] + ((i % 3 == 0) ? " " + other[0] + " " + other[1] : ""));
		}
		for (long seed = 1; seed <= 5; seed++) {
			Partition partition = VectorPeer.lsaKMeans().seeded(seed).cluster(texts, 3);
			assertThat(partition.documentCount()).isEqualTo(60);
			assertThat(partition.groupCount()).isEqualTo(3);
		}
	}

	@Test
	void carrotPeersGroupTheAnswersWithLabels() {
		for (CarrotPeer peer : List.of(CarrotPeer.lingo(), CarrotPeer.stc(), CarrotPeer.bisectingKMeans())) {
			Partition partition = peer.cluster(texts(), 3);
			assertThat(partition.documentCount()).as(peer.name()).isEqualTo(TOPICS.length * PER_TOPIC);
			assertThat(partition.groupCount()).as(peer.name()).isGreaterThanOrEqualTo(2);
			assertThat(partition.otherShare()).as(peer.name()).isLessThan(1.0);
			assertThat(partition.labels()).as(peer.name()).allSatisfy(label -> assertThat(label).isNotBlank());
		}
	}

	@Test
	void mitredensThemesComeThroughTheHarnessWithAModelForNewAnswers() {
		MitredenThemes.Clustered clustered = MitredenThemes.german("Bonn").cluster(texts(), OptionalInt.of(3));
		assertThat(clustered.partition().documentCount()).isEqualTo(TOPICS.length * PER_TOPIC);
		assertThat(Metrics.nmi(truth(), clustered.partition().assignment())).isGreaterThan(0.9);
		Function<String, Optional<String>> model = clustered.model().orElseThrow().get();
		assertThat(model.apply("Die Ampel an der Kreuzung schaltet zu spät")).isPresent();
	}

	@Test
	void lingoIsAskedForTheBaseThatComesClosestToTheWantedCount() {
		// Lingo asks for base / 10 · √documents clusters: √2314 ≈ 48.1, so base 2 → 9 and base 6 → 28.
		assertThat(CarrotPeer.lingoBase(8, 2314)).isEqualTo(2);
		assertThat(CarrotPeer.lingoBase(30, 2314)).isEqualTo(6);
		assertThat(CarrotPeer.lingoBase(30, 100)).isEqualTo(30);
	}

	@Test
	void lsaWithEnoughDimensionsKeepsEverySimilarity() {
		Random random = new Random(3);
		int[][] indices = new int[25][];
		double[][] values = new double[25][];
		for (int row = 0; row < 25; row++) {
			indices[row] = new int[] { random.nextInt(6), 6 + random.nextInt(6), 12 + random.nextInt(6) };
			values[row] = new double[] { random.nextDouble(), random.nextDouble(), random.nextDouble() };
		}
		SparseRows matrix = new SparseRows(indices, values, 18);
		double[][] reduced = Lsa.reduce(matrix, 100, 1);
		for (int a = 0; a < 25; a++) {
			for (int b = 0; b < 25; b++) {
				double[] dense = new double[18];
				matrix.addTo(b, dense);
				double inReduced = 0;
				for (int d = 0; d < reduced[a].length; d++) {
					inReduced += reduced[a][d] * reduced[b][d];
				}
				assertThat(inReduced).isCloseTo(matrix.dot(a, dense), within(1e-9));
			}
		}
	}

	@Test
	void sameInputSameClusters() {
		assertThat(VectorPeer.tfIdfKMeans().cluster(texts(), 3).assignment())
			.containsExactly(VectorPeer.tfIdfKMeans().cluster(texts(), 3).assignment());
	}

	/** Answers of five words of their topic plus common filler, in a fixed random order of topics. */
	private static List<String> texts() {
		Random random = new Random(7);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < TOPICS.length * PER_TOPIC; i++) {
			String[] words = TOPICS[i % TOPICS.length];
			List<String> picked = new ArrayList<>(List.of(words));
			Collections.shuffle(picked, random);
			texts.add("Die " + String.join(" und ", picked.subList(0, 4)) + " in der Stadt");
		}
		return texts;
	}

	private static int[] truth() {
		return IntStream.range(0, TOPICS.length * PER_TOPIC).map(i -> i % TOPICS.length).toArray();
	}

}
