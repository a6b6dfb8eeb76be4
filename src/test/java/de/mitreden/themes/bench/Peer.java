package de.mitreden.themes.bench;

import java.util.List;

/** A clustering method a data scientist would reach for, asked for a number of clusters. */
interface Peer {

	String name();

	Partition cluster(List<String> texts, int clusterCount);

	/** The same method with another random seed; a method without randomness is itself. */
	default Peer seeded(long seed) {
		return this;
	}

	/** Whether {@link #seeded} gives different methods, so that quality is worth averaging over seeds. */
	default boolean usesSeed() {
		return false;
	}

}
