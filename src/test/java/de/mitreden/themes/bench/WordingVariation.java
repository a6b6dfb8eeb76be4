package de.mitreden.themes.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Grows a corpus to any size with varied wording, so that a large run is not a pile of exact
 * duplicates: the first copy of each answer is the original; every later copy, per sentence, may have
 * its word order shuffled, a word dropped or doubled, words swapped for a synonym from a small list,
 * and a typo (two neighbouring letters swapped). Deterministic for a given seed.
 */
final class WordingVariation {

	private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("Fahrrad", "Rad"),
			Map.entry("Rad", "Fahrrad"), Map.entry("Radweg", "Fahrradweg"), Map.entry("Fahrradweg", "Radweg"),
			Map.entry("Ampel", "Lichtsignalanlage"), Map.entry("Straße", "Fahrbahn"), Map.entry("Autos", "Pkw"),
			Map.entry("Auto", "Pkw"), Map.entry("gefährlich", "riskant"), Map.entry("schlecht", "mangelhaft"),
			Map.entry("eng", "schmal"), Map.entry("schmal", "eng"), Map.entry("Radfahrer", "Radler"),
			Map.entry("Radler", "Radfahrer"), Map.entry("Kreuzung", "Einmündung"), Map.entry("sehr", "total"),
			Map.entry("fehlt", "mangelt"), Map.entry("Beleuchtung", "Licht"), Map.entry("Fahrradständer", "Radbügel"),
			Map.entry("Abstellanlagen", "Fahrradständer"), Map.entry("Schlaglöcher", "Löcher"),
			Map.entry("Bitte", "Bitte unbedingt"), Map.entry("Innenstadt", "City"), Map.entry("Fußgänger", "Passanten"));

	private final List<String> originals;

	private final long seed;

	WordingVariation(List<String> originals, long seed) {
		this.originals = List.copyOf(originals);
		this.seed = seed;
	}

	/** Answer number {@code index} of the grown corpus: copy {@code index / n} of original {@code index % n}. */
	String answer(int index) {
		String original = originals.get(index % originals.size());
		int copy = index / originals.size();
		if (copy == 0) {
			return original;
		}
		Random random = new Random(seed * 1_000_003L + index);
		StringBuilder varied = new StringBuilder();
		for (String sentence : original.split("(?<=[.!?])\\s+")) {
			varied.append(vary(sentence, random)).append(' ');
		}
		return varied.toString().strip();
	}

	List<String> answers(int count) {
		List<String> answers = new ArrayList<>(count);
		for (int index = 0; index < count; index++) {
			answers.add(answer(index));
		}
		return answers;
	}

	private static String vary(String sentence, Random random) {
		List<String> words = new ArrayList<>(List.of(sentence.split("\\s+")));
		if (words.size() < 2) {
			return sentence;
		}
		if (random.nextDouble() < 0.3) {
			Collections.shuffle(words, random);
		}
		if (random.nextDouble() < 0.3) {
			words.remove(random.nextInt(words.size()));
		}
		if (random.nextDouble() < 0.2) {
			int doubled = random.nextInt(words.size());
			words.add(doubled, words.get(doubled));
		}
		words.replaceAll(word -> random.nextDouble() < 0.5 ? SYNONYMS.getOrDefault(word, word) : word);
		if (random.nextDouble() < 0.3) {
			int typo = random.nextInt(words.size());
			words.set(typo, swapNeighbouringLetters(words.get(typo), random));
		}
		return String.join(" ", words);
	}

	private static String swapNeighbouringLetters(String word, Random random) {
		if (word.length() < 4) {
			return word;
		}
		int at = 1 + random.nextInt(word.length() - 2);
		char[] letters = word.toCharArray();
		char first = letters[at];
		letters[at] = letters[at + 1];
		letters[at + 1] = first;
		return new String(letters);
	}

}
