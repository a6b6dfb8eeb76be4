package de.mitreden.textanalysis;

import java.util.Arrays;
import java.util.Set;

/**
 * The known compound parts as a trie over their letters. Splitting a word tries every part that starts at each
 * position: walking the trie along the word finds all of them in one pass and stops where no part continues,
 * where a set would be asked once per possible end (and again with an "e"), each time hashing the letters.
 */
final class PartTrie {

	/** A node's flag: a bundled part ends here. */
	static final int BUNDLED = 1;

	/** A node's flag: a learned part ends here. */
	static final int LEARNED = 2;

	static final int ROOT = 0;

	static final int NONE = -1;

	/** Per node: the letters of its children and the children, in the same order. */
	private char[][] letters = new char[64][];

	private int[][] children = new int[64][];

	private int[] flags = new int[64];

	private int nodes = 1;

	PartTrie(Set<String> bundled, Set<String> learned) {
		this.letters[ROOT] = new char[0];
		this.children[ROOT] = new int[0];
		bundled.forEach(word -> add(word, BUNDLED));
		learned.forEach(word -> add(word, LEARNED));
	}

	/**
	 * A copy of {@code base} with the {@code learned} parts added, cheaper than building the bundled parts' trie
	 * again for every corpus. A node's arrays are never changed in place (a new child replaces them with longer
	 * copies), so the copy shares them with {@code base}, which stays as it was.
	 */
	private PartTrie(PartTrie base, Set<String> learned) {
		this.letters = Arrays.copyOf(base.letters, Math.max(base.letters.length, base.nodes + 1));
		this.children = Arrays.copyOf(base.children, this.letters.length);
		this.flags = Arrays.copyOf(base.flags, this.letters.length);
		this.nodes = base.nodes;
		learned.forEach(word -> add(word, LEARNED));
	}

	PartTrie withLearned(Set<String> learned) {
		return new PartTrie(this, learned);
	}

	/** The node after {@code letter} from {@code node}, or {@link #NONE}. */
	int next(int node, char letter) {
		char[] own = this.letters[node];
		for (int i = 0; i < own.length; i++) {
			if (own[i] == letter) {
				return this.children[node][i];
			}
		}
		return NONE;
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
			int size = this.nodes * 2;
			this.letters = Arrays.copyOf(this.letters, size);
			this.children = Arrays.copyOf(this.children, size);
			this.flags = Arrays.copyOf(this.flags, size);
		}
		int child = this.nodes++;
		this.letters[child] = new char[0];
		this.children[child] = new int[0];
		int count = this.letters[node].length;
		this.letters[node] = Arrays.copyOf(this.letters[node], count + 1);
		this.children[node] = Arrays.copyOf(this.children[node], count + 1);
		this.letters[node][count] = letter;
		this.children[node][count] = child;
		return child;
	}

}
