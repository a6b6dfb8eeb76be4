package de.mitreden.textanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The trie the splitter walks: every word ends at a node with its kinds, every other prefix at a node without. */
class PartTrieTests {

	private final PartTrie trie = new PartTrie(Set.of("rad", "radweg", "weg"), Set.of("radwege", "weg", "ampel"));

	@Test
	void wordsEndAtNodesFlaggedWithTheirKinds() {
		assertThat(trie.flags(walk("rad"))).isEqualTo(PartTrie.BUNDLED);
		assertThat(trie.flags(walk("radweg"))).isEqualTo(PartTrie.BUNDLED);
		assertThat(trie.flags(walk("radwege"))).isEqualTo(PartTrie.DICTIONARY);
		assertThat(trie.flags(walk("weg"))).isEqualTo(PartTrie.BUNDLED | PartTrie.DICTIONARY);
		assertThat(trie.flags(walk("ampel"))).isEqualTo(PartTrie.DICTIONARY);
	}

	@Test
	void prefixesAreNodesWithoutKindsAndOtherLettersLeadNowhere() {
		assertThat(trie.flags(walk("ra"))).isZero();
		assertThat(trie.flags(walk("amp"))).isZero();
		assertThat(walk("radx")).isEqualTo(PartTrie.NONE);
		assertThat(walk("radwegen")).isEqualTo(PartTrie.NONE);
		assertThat(walk("b")).isEqualTo(PartTrie.NONE);
	}

	@Test
	void umlautsAndLettersOfOtherAlphabetsAreFollowedNearTheRootAndDeeper() {
		// the first two letters are read from a table by letter (a–z, ä, ö, ü, ß), others from the node's edges
		var mixed = new PartTrie(Set.of("über", "straße", "çay", "açık", "ağaç", "путь"), Set.of("öl", "ßa"));
		assertThat(mixed.flags(walk(mixed, "über"))).isEqualTo(PartTrie.BUNDLED);
		assertThat(mixed.flags(walk(mixed, "straße"))).isEqualTo(PartTrie.BUNDLED);
		assertThat(mixed.flags(walk(mixed, "çay"))).isEqualTo(PartTrie.BUNDLED);
		assertThat(mixed.flags(walk(mixed, "açık"))).isEqualTo(PartTrie.BUNDLED);
		assertThat(mixed.flags(walk(mixed, "ağaç"))).isEqualTo(PartTrie.BUNDLED);
		assertThat(mixed.flags(walk(mixed, "путь"))).isEqualTo(PartTrie.BUNDLED);
		assertThat(mixed.flags(walk(mixed, "öl"))).isEqualTo(PartTrie.DICTIONARY);
		assertThat(mixed.flags(walk(mixed, "ßa"))).isEqualTo(PartTrie.DICTIONARY);
		assertThat(walk(mixed, "ü")).isNotEqualTo(PartTrie.NONE);
		assertThat(walk(mixed, "ue")).isEqualTo(PartTrie.NONE);
		assertThat(walk(mixed, "ağb")).isEqualTo(PartTrie.NONE);
		assertThat(walk(mixed, "z")).isEqualTo(PartTrie.NONE);
	}

	@Test
	void anEmptyTrieHasOnlyItsRoot() {
		var empty = new PartTrie(Set.of(), Set.of());
		assertThat(empty.flags(PartTrie.ROOT)).isZero();
		assertThat(empty.next(PartTrie.ROOT, 'a')).isEqualTo(PartTrie.NONE);
	}

	private int walk(String letters) {
		return walk(this.trie, letters);
	}

	private static int walk(PartTrie trie, String letters) {
		int node = PartTrie.ROOT;
		for (char letter : letters.toCharArray()) {
			node = trie.next(node, letter);
			if (node == PartTrie.NONE) {
				return node;
			}
		}
		return node;
	}

}
