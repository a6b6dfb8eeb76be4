package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import de.mitreden.textanalysis.TextAnalysis;

/** How many LSA dimensions the answers are embedded in: fewer for one-liners, which say less each. */
class SpaceTests {

	private static final TextAnalysis analysis = TextAnalysis.create();

	/** 150 made-up words, each a plain term of its own for the German analysis. */
	private static final List<String> WORDS = IntStream.range(0, 150)
		.mapToObj(i -> "xq" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
		.toList();

	@Test
	void oneLineAnswersAreEmbeddedInTheShortAnswerDimensions() {
		var settings = ThemeSettings.defaults();
		var space = Space.fit(analysis, "de", answers(400, 2), Set.of(), settings);
		assertThat(space.weights.longAnswers).isFalse();
		assertThat(space.embeddings[0]).hasSize(settings.shortAnswerDimensions());
	}

	@Test
	void longerAnswersAreEmbeddedInTheFullDimensions() {
		var settings = ThemeSettings.defaults();
		var space = Space.fit(analysis, "de", answers(400, 12), Set.of(), settings);
		assertThat(space.weights.longAnswers).isTrue();
		assertThat(space.embeddings[0]).hasSize(settings.dimensions());
		assertThat(settings.dimensions()).isGreaterThan(settings.shortAnswerDimensions());
	}

	/** {@code count} answers of {@code words} words drawn from {@link #WORDS} with a fixed seed. */
	private static List<ThemeDocument> answers(int count, int words) {
		var random = new Random(7);
		List<ThemeDocument> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String text = IntStream.range(0, words)
				.mapToObj(w -> WORDS.get(random.nextInt(WORDS.size())))
				.collect(Collectors.joining(" "));
			answers.add(new ThemeDocument("a" + i, text, "de"));
		}
		return answers;
	}

}
