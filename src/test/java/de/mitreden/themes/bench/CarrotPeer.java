package de.mitreden.themes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.clustering.stc.STCClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * Carrot2 4.4.3 with its built-in German components (Snowball stemmer, German stop words and label
 * filters), default settings except the cluster count (for Lingo see {@link #lingoBase}). Carrot2 puts a document into several clusters
 * or none: each document goes to the largest cluster that holds it; documents in none are "Sonstiges".
 */
final class CarrotPeer implements Peer {

	private static final LanguageComponents GERMAN = loadGerman();

	private final String name;

	private final AlgorithmFactory algorithm;

	private CarrotPeer(String name, AlgorithmFactory algorithm) {
		this.name = name;
		this.algorithm = algorithm;
	}

	static CarrotPeer lingo() {
		return new CarrotPeer("Carrot2 Lingo", (count, documents) -> {
			LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
			lingo.desiredClusterCount.set(lingoBase(count, documents));
			return lingo;
		});
	}

	static CarrotPeer stc() {
		return new CarrotPeer("Carrot2 STC", (count, documents) -> {
			STCClusteringAlgorithm stc = new STCClusteringAlgorithm();
			stc.maxClusters.set(count);
			return stc;
		});
	}

	static CarrotPeer bisectingKMeans() {
		return new CarrotPeer("Carrot2 bisecting k-means", (count, documents) -> {
			BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
			kmeans.clusterCount.set(count);
			return kmeans;
		});
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Partition cluster(List<String> texts, int clusterCount) {
		List<Text> documents = IntStream.range(0, texts.size()).mapToObj(i -> new Text(i, texts.get(i))).toList();
		List<Cluster<Text>> clusters = new ArrayList<>(
				algorithm.create(clusterCount, texts.size()).cluster(documents.stream(), GERMAN));
		clusters.sort(Comparator.comparingInt((Cluster<Text> cluster) -> cluster.getDocuments().size()).reversed());
		int[] assignment = new int[texts.size()];
		Arrays.fill(assignment, Partition.OTHER);
		List<String> labels = new ArrayList<>();
		for (Cluster<Text> cluster : clusters) {
			int group = labels.size();
			labels.add(String.join(", ", cluster.getLabels()));
			for (Text document : cluster.getDocuments()) {
				if (assignment[document.index] == Partition.OTHER) {
					assignment[document.index] = group;
				}
			}
		}
		return new Partition(assignment, labels);
	}

	/**
	 * Lingo's "desired cluster count" is a base: it asks its SVD for base / 10 · √documents clusters
	 * (then merges some). The base that comes closest to the count wanted, within its bounds 2..100.
	 */
	static int lingoBase(int clusterCount, int documentCount) {
		long base = Math.round(10.0 * clusterCount / Math.sqrt(Math.max(1, documentCount)));
		return (int) Math.max(2, Math.min(100, base));
	}

	private static LanguageComponents loadGerman() {
		try {
			return LanguageComponents.loader().limitToLanguages("German").load().language("German");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private interface AlgorithmFactory {

		ClusteringAlgorithm create(int clusterCount, int documentCount);

	}

	/** One answer as Carrot2 sees it: a single text field. */
	private record Text(int index, String text) implements Document {

		@Override
		public void visitFields(BiConsumer<String, String> fieldConsumer) {
			fieldConsumer.accept("text", text);
		}

	}

}
