package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;


/** The LSA embeddings the themes are clustered on. */
class LsaTests {

	private static final List<String> LIGHTS = List.of("Ampel zu lange rot", "Ampel Schaltung rot", "Grünphase der Ampel",
			"Ampel Grünphase kurz", "rot an der Ampel", "Schaltung der Ampel kurz");

	private static final List<String> PARKING = List.of("Fahrradständer fehlen", "Mehr Fahrradständer am Bahnhof",
			"Bügel zum Anschließen", "Fahrradständer Bahnhof voll", "Bügel am Bahnhof", "Anschließen am Bügel");

	@Test
	void answersOnTheSameTopicEndUpCloserThanAnswersOnAnother() {
		List<String> texts = new ArrayList<>(LIGHTS);
		texts.addAll(PARKING);
		float[][] embeddings = embed(texts);
		double within = 0;
		double across = 0;
		for (int a = 0; a < texts.size(); a++) {
			assertThat(TestVectors.dot(embeddings[a], embeddings[a])).isCloseTo(1f, within(1e-4f));
			for (int b = 0; b < texts.size(); b++) {
				if (a != b) {
					boolean same = (a < LIGHTS.size()) == (b < LIGHTS.size());
					double similarity = TestVectors.dot(embeddings[a], embeddings[b]);
					within += same ? similarity : 0;
					across += same ? 0 : similarity;
				}
			}
		}
		int pairsWithin = 2 * LIGHTS.size() * (LIGHTS.size() - 1);
		int pairsAcross = 2 * LIGHTS.size() * PARKING.size();
		assertThat(within / pairsWithin).isGreaterThan(0.3 + across / pairsAcross);
	}

	@Test
	void repeatedAnswersAndFewWordsStillGiveUnitEmbeddings() {
		// five answers with two features: the range has fewer directions than asked for (Cholesky breaks down)
		List<String> texts = List.of("Ampel", "Ampel", "Radweg", "Radweg", "Ampel Radweg", "");
		float[][] embeddings = embed(texts);
		assertThat(embeddings).hasNumberOfRows(texts.size());
		for (int a = 0; a < 5; a++) {
			assertThat(TestVectors.dot(embeddings[a], embeddings[a])).isCloseTo(1f, within(1e-4f));
		}
		assertThat(Vectors.isZero(embeddings[5])).isTrue();
		assertThat(TestVectors.dot(embeddings[0], embeddings[1])).isCloseTo(1f, within(1e-4f));
		assertThat(TestVectors.dot(embeddings[0], embeddings[2])).isLessThan(0.5f);
	}

	@Test
	void moreAnswersThanFeaturesAndMoreFeaturesThanAnswersAgree() {
		// the range is found on the features when they are fewer, on the answers otherwise: both must separate
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			many.addAll(LIGHTS);
			many.addAll(PARKING);
		}
		float[][] embeddings = embed(many);
		int lights = 0;
		int parking = LIGHTS.size();
		assertThat(TestVectors.dot(embeddings[lights], embeddings[lights + 12])).isCloseTo(1f, within(1e-4f));
		assertThat(TestVectors.dot(embeddings[lights], embeddings[parking])).isLessThan(0.5f);
	}

	private static float[][] embed(List<String> texts) {
		var corpus = SampleAnswers.germanCorpus(texts);
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		return Lsa.embed(weights, 100, 1L);
	}

}
