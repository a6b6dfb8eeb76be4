package de.mitreden.textanalysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The known compound parts as a trie over their letters. Splitting a word tries every part that starts at each
 * position: walking the trie along the word finds all of them in one pass and stops where no part continues,
 * where a set would be asked once per possible end (and again with an "e"), each time hashing the letters.
 * <p>
 * Built once and then only read, in flat arrays: a node's edges lie side by side in {@link #edgeLetter} and
 * {@link #edgeChild}, and the nodes are numbered breadth first, so that the much-walked first letters share a few
 * cache lines. With the dictionary's words (176,000 nodes) a node with arrays of its own made the splitting 15–25 %
 * slower (the 12,826 distinct words of the Bonn contributions, alternating in one JVM: 7.9 / 8.2 / 12.1 against
 * 6.8 / 7.0 / 9.6 ms).
 * <p>
 * The nodes of the first two letters, where every split of every word starts and most walks end, also keep their
 * children in a table by letter (a–z, ä, ö, ü, ß; other letters look along the edges): the root has dozens of
 * edges, and a search along them was most of the walking. The same splits for all 13,672 distinct words of the Bonn
 * contributions; splitting the 12,179 of six letters or more took 7.2–7.3 instead of 8.1–11.3 ms, the 2,401 of the
 * titles 1.31–1.34 instead of 1.44–1.45 ms (alternating JVMs, median of the last 750 of 1,500 passes).
 */
final class PartTrie {

	/** A node's flag: a bundled part ends here. */
	static final int BUNDLED = 1;

	/** A node's flag: a word of the dictionary ends here. */
	static final int DICTIONARY = 2;

	static final int ROOT = 0;

	static final int NONE = -1;

	/** Per node, and one more: where its edges start; they end where the next node's start. */
	private final int[] firstEdge;

	private final char[] edgeLetter;

	private final int[] edgeChild;

	private final byte[] flags;

	/** The shallow nodes (the first ones, breadth first) whose child per letter is read from {@link #denseChild}. */
	private final int denseNodes;

	/** Per shallow node, {@link #DENSE_WIDTH} children by {@link #denseCode}, {@link #NONE} where none. */
	private final int[] denseChild;

	PartTrie(Set<String> bundled, Set<String> dictionary) {
		Map<String, Integer> kinds = new HashMap<>();
		bundled.forEach(word -> kinds.merge(word, BUNDLED, (a, b) -> a | b));
		dictionary.forEach(word -> kinds.merge(word, DICTIONARY, (a, b) -> a | b));
		String[] words = kinds.keySet().toArray(String[]::new);
		Arrays.sort(words);
		int nodes = 1;
		for (int i = 0; i < words.length; i++) {
			nodes += words[i].length() - ((i == 0) ? 0 : commonPrefix(words[i - 1], words[i]));
		}
		this.firstEdge = new int[nodes + 1];
		this.edgeLetter = new char[nodes - 1];
		this.edgeChild = new int[nodes - 1];
		this.flags = new byte[nodes];
		this.denseNodes = build(words, kinds);
		this.denseChild = denseChildren(this.denseNodes);
	}

	/** Nodes up to this depth (the root is 0) have a child table by letter. */
	private static final int DENSE_DEPTH = 2;

	private static final int DENSE_WIDTH = 32;

	/** A letter's column in a child table: a–z, ä, ö, ü, ß; -1 for any other (those walk the edges). */
	private static int denseCode(char letter) {
		if (letter >= 'a' && letter <= 'z') {
			return letter - 'a';
		}
		return switch (letter) {
			case 'ä' -> 26;
			case 'ö' -> 27;
			case 'ü' -> 28;
			case 'ß' -> 29;
			default -> -1;
		};
	}

	private int[] denseChildren(int nodes) {
		int[] children = new int[nodes * DENSE_WIDTH];
		Arrays.fill(children, NONE);
		for (int node = 0; node < nodes; node++) {
			for (int edge = this.firstEdge[node]; edge < this.firstEdge[node + 1]; edge++) {
				int code = denseCode(this.edgeLetter[edge]);
				if (code >= 0) {
					children[node * DENSE_WIDTH + code] = this.edgeChild[edge];
				}
			}
		}
		return children;
	}

	/**
	 * Builds the nodes breadth first from the sorted words: a node is a prefix, and the words that start with it lie
	 * side by side ({@code from} to {@code to}), the prefix itself first if it is a word; its children are the runs
	 * of those words with the same next letter, in the order of their letters. A third to a quarter of the time of a
	 * trie of linked nodes for the dictionary's 64,000 words (0.11–0.13 against 0.36–0.45 s; built once per process,
	 * at the first German analyzer). Returns the number of nodes of at most {@link #DENSE_DEPTH} letters: breadth
	 * first, they are the first ones.
	 */
	private int build(String[] words, Map<String, Integer> kinds) {
		int nodes = this.flags.length;
		int[] from = new int[nodes];
		int[] to = new int[nodes];
		int[] depth = new int[nodes];
		to[ROOT] = words.length;
		int numbered = 1;
		int edges = 0;
		for (int node = 0; node < nodes; node++) {
			this.firstEdge[node] = edges;
			int i = from[node];
			if (i < to[node] && words[i].length() == depth[node]) {
				this.flags[node] = (byte) (int) kinds.get(words[i]);
				i++;
			}
			while (i < to[node]) {
				char letter = words[i].charAt(depth[node]);
				int end = i;
				while (end < to[node] && words[end].charAt(depth[node]) == letter) {
					end++;
				}
				this.edgeLetter[edges] = letter;
				this.edgeChild[edges++] = numbered;
				from[numbered] = i;
				to[numbered] = end;
				depth[numbered++] = depth[node] + 1;
				i = end;
			}
		}
		this.firstEdge[nodes] = edges;
		int shallow = 0;
		while (shallow < nodes && depth[shallow] <= DENSE_DEPTH) {
			shallow++;
		}
		return shallow;
	}

	private static int commonPrefix(String a, String b) {
		int n = Math.min(a.length(), b.length());
		int i = 0;
		while (i < n && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	/** The node after {@code letter} from {@code node}, or {@link #NONE}. */
	int next(int node, char letter) {
		if (node < this.denseNodes) {
			int code = denseCode(letter);
			if (code >= 0) {
				return this.denseChild[node * DENSE_WIDTH + code];
			}
		}
		for (int edge = this.firstEdge[node], end = this.firstEdge[node + 1]; edge < end; edge++) {
			if (this.edgeLetter[edge] == letter) {
				return this.edgeChild[edge];
			}
		}
		return NONE;
	}

	/** The node after {@code letters[from, to)} from {@code node}, or {@link #NONE}. */
	int walk(int node, String letters, int from, int to) {
		for (int i = from; i < to && node != NONE; i++) {
			node = next(node, letters.charAt(i));
		}
		return node;
	}

	/** Which kinds of parts end at {@code node}: {@link #BUNDLED}, {@link #DICTIONARY}, both, or 0. */
	int flags(int node) {
		return this.flags[node];
	}

}
