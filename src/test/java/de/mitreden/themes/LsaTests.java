package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
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

	@Test
	void withEveryDirectionKeptTheSimilaritiesAreExactEvenWhenOneTopicDominates() {
		// a hundred times the lights, the parking once: the power iterations favour the lights' directions by about
		// (100)^(5/2), the range must still hold the others. With all directions kept, a V Σ² V^T b^T = a M^T M b^T,
		// so the cosine of two embeddings is known without any SVD.
		List<String> texts = new ArrayList<>(Collections.nCopies(100, LIGHTS).stream().flatMap(List::stream).toList());
		texts.addAll(PARKING);
		var corpus = SampleAnswers.germanCorpus(texts);
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		float[][] embeddings = Lsa.embed(weights, 100, ThemeSettings.defaults().powerIterations(), 1L);
		double[][] gram = new double[weights.features()][weights.features()];
		for (int a = 0; a < texts.size(); a++) {
			for (int i = 0; i < weights.index[a].length; i++) {
				for (int j = 0; j < weights.index[a].length; j++) {
					gram[weights.index[a][i]][weights.index[a][j]] += weights.value[a][i] * weights.value[a][j];
				}
			}
		}
		int parking = 100 * LIGHTS.size();
		int[] answers = { 0, 1, 2, parking, parking + 1, parking + 3, parking + 5 };
		for (int a : answers) {
			for (int b : answers) {
				double exact = form(weights, gram, a, b) / Math.sqrt(form(weights, gram, a, a) * form(weights, gram, b, b));
				assertThat((double) TestVectors.dot(embeddings[a], embeddings[b])).isCloseTo(exact, within(1e-4));
			}
		}
	}

	/** x_a G x_b^T for the sparse TF-IDF rows a and b. */
	private static double form(TermWeights weights, double[][] gram, int a, int b) {
		double sum = 0;
		for (int i = 0; i < weights.index[a].length; i++) {
			for (int j = 0; j < weights.index[b].length; j++) {
				sum += weights.value[a][i] * gram[weights.index[a][i]][weights.index[b][j]] * weights.value[b][j];
			}
		}
		return sum;
	}

	private static float[][] embed(List<String> texts) {
		var corpus = SampleAnswers.germanCorpus(texts);
		var weights = TermWeights.of(corpus, ThemeSettings.defaults());
		return Lsa.embed(weights, 100, ThemeSettings.defaults().powerIterations(), 1L);
	}

}
