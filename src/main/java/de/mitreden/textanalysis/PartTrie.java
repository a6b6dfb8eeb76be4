package de.mitreden.textanalysis;

import java.util.Arrays;
import java.util.Set;

/**
 * The known compound parts as a trie over their letters. Splitting a word tries every part that starts at each
 * position: walking the trie along the word finds all of them in one pass and stops where no part continues,
 * where a set would be asked once per possible end (and again with an "e"), each time hashing the letters.
 * <p>
 * The edges (node, letter) → child live in one open-addressing hash table: a step costs one or two probes of one
 * array, where a list of child letters per node was scanned letter by letter (the root has about 30 children),
 * which was half the time of splitting the words of the Bonn titles.
 */
final class PartTrie {

	/** A node's flag: a bundled part ends here. */
	static final int BUNDLED = 1;

	/** A node's flag: a learned part ends here. */
	static final int LEARNED = 2;

	static final int ROOT = 0;

	static final int NONE = -1;

	private static final long EMPTY = -1;

	/** Edge keys (node << 16 | letter), {@link #EMPTY} where free, and the child of each edge at the same index. */
	private long[] edges = new long[1024];

	private int[] children = new int[1024];

	private int[] flags = new int[64];

	private int nodes = 1;

	PartTrie(Set<String> bundled, Set<String> learned) {
		Arrays.fill(this.edges, EMPTY);
		bundled.forEach(word -> add(word, BUNDLED));
		learned.forEach(word -> add(word, LEARNED));
	}

	/** The node after {@code letter} from {@code node}, or {@link #NONE}. */
	int next(int node, char letter) {
		long edge = edge(node, letter);
		int mask = this.edges.length - 1;
		for (int slot = slot(edge, mask);; slot = (slot + 1) & mask) {
			long key = this.edges[slot];
			if (key == edge) {
				return this.children[slot];
			}
			if (key == EMPTY) {
				return NONE;
			}
		}
	}

	/** Which kinds of parts end at {@code node}: {@link #BUNDLED}, {@link #LEARNED}, both, or 0. */
	int flags(int node) {
		return this.flags[node];
	}

	private void add(String word, int flag) {
		int node = ROOT;
		for (int i = 0; i < word.length(); i++) {
			int child = next(node, word.charAt(i));
			node = (child == NONE) ? addChild(node, word.charAt(i)) : child;
		}
		this.flags[node] |= flag;
	}

	private int addChild(int node, char letter) {
		if (this.nodes == this.flags.length) {
			this.flags = Arrays.copyOf(this.flags, this.nodes * 2);
		}
		int child = this.nodes++;
		// at most half full, so that a missing edge is found after a probe or two
		if (2 * this.nodes > this.edges.length) {
			grow();
		}
		put(edge(node, letter), child);
		return child;
	}

	private void put(long edge, int child) {
		int mask = this.edges.length - 1;
		int slot = slot(edge, mask);
		while (this.edges[slot] != EMPTY) {
			slot = (slot + 1) & mask;
		}
		this.edges[slot] = edge;
		this.children[slot] = child;
	}

	private void grow() {
		long[] oldEdges = this.edges;
		int[] oldChildren = this.children;
		this.edges = new long[oldEdges.length * 2];
		this.children = new int[oldEdges.length * 2];
		Arrays.fill(this.edges, EMPTY);
		for (int i = 0; i < oldEdges.length; i++) {
			if (oldEdges[i] != EMPTY) {
				put(oldEdges[i], oldChildren[i]);
			}
		}
	}

	private static long edge(int node, char letter) {
		return ((long) node << 16) | letter;
	}

	/** A well-mixed start slot (Fibonacci hashing: the high bits of the product). */
	private static int slot(long edge, int mask) {
		return (int) ((edge * 0x9E3779B97F4A7C15L) >>> 40) & mask;
	}

}
