package de.mitreden.themes.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * The vector-space peers: spherical k-means on TF-IDF of Lucene {@link GermanAnalyzer} tokens, and the
 * same k-means on the L2-normalised 100-dimensional LSA coordinates of that TF-IDF matrix (as
 * scikit-learn's LSA example normalises before k-means). Terms must occur in at least two answers.
 * k-means++ with 10 restarts (scikit-learn's classic n_init) and seed 42 (others for the seed average). A cluster's label is its three
 * heaviest terms.
 */
final class VectorPeer implements Peer {

	static final long SEED = 42;

	private static final int RESTARTS = 10;

	private static final int MIN_DOCUMENT_FREQUENCY = 2;

	private static final int LSA_DIMENSIONS = 100;

	private final boolean lsa;

	private final long seed;

	private VectorPeer(boolean lsa, long seed) {
		this.lsa = lsa;
		this.seed = seed;
	}

	static VectorPeer tfIdfKMeans() {
		return new VectorPeer(false, SEED);
	}

	static VectorPeer lsaKMeans() {
		return new VectorPeer(true, SEED);
	}

	@Override
	public Peer seeded(long otherSeed) {
		return new VectorPeer(lsa, otherSeed);
	}

	@Override
	public boolean usesSeed() {
		return true;
	}

	@Override
	public String name() {
		return lsa ? "TF-IDF → LSA (100) → k-means" : "spherical k-means on TF-IDF";
	}

	@Override
	public Partition cluster(List<String> texts, int clusterCount) {
		TfIdf.Matrix matrix;
		try (Analyzer analyzer = new GermanAnalyzer()) {
			matrix = TfIdf.build(texts, analyzer, MIN_DOCUMENT_FREQUENCY);
		}
		SparseRows vectors = lsa ? SparseRows.ofDense(Lsa.reduce(matrix.rows(), LSA_DIMENSIONS, seed))
				: matrix.rows();
		int[] assignment = new SphericalKMeans(RESTARTS, seed).cluster(vectors, clusterCount);
		return new Partition(assignment, labels(matrix, assignment));
	}

	private static List<String> labels(TfIdf.Matrix matrix, int[] assignment) {
		int groups = IntStream.of(assignment).max().orElse(-1) + 1;
		List<String> labels = new ArrayList<>();
		for (int group = 0; group < groups; group++) {
			double[] weight = new double[matrix.terms().size()];
			for (int row = 0; row < assignment.length; row++) {
				if (assignment[row] == group) {
					matrix.rows().addTo(row, weight);
				}
			}
			labels.add(IntStream.range(0, weight.length)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer term) -> -weight[term]))
				.limit(3)
				.filter(term -> weight[term] > 0)
				.map(matrix.terms()::get)
				.collect(Collectors.joining(", ")));
		}
		return labels;
	}

}
