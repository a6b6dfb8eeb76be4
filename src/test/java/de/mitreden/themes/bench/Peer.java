package de.mitreden.themes.bench;

import java.util.List;

/** A clustering method a data scientist would reach for, asked for a number of clusters. */
interface Peer {

	String name();

	Partition cluster(List<String> texts, int clusterCount);

}
