package de.mitreden.themes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.mitreden.themes.bench.BonnCorpus.Variant;

/** The Bonn reader, and the deterministic growth of a corpus with varied wording. */
class CorpusTests {

	private static final String CSV = """
			ID,title,text,main_category_level1,URL
			B1,Ampel am Markt,"Die Ampel schaltet zu spät, man wartet
			ewig.",level1_traffic_lights,https://example.org/1
			B2,Bügel fehlen,,level1_bicycle_parking,https://example.org/2
			""";

	@Test
	void fieldsWithCommasAndLineBreaksAreRead() throws Exception {
		BonnCorpus corpus = BonnCorpus.parse(new StringReader(CSV));
		assertThat(corpus.ids()).containsExactly("B1", "B2");
		assertThat(corpus.texts(Variant.SHORT)).containsExactly("Ampel am Markt", "Bügel fehlen");
		assertThat(corpus.texts(Variant.LONG)).containsExactly(
				"Ampel am Markt Die Ampel schaltet zu spät, man wartet\newig.", "Bügel fehlen");
		assertThat(corpus.categories()).containsExactly(1, 0);
	}

	@Test
	void anotherCorpusOfTheSameKindNeedsNoIdColumnAndNamesItsCity() throws Exception {
		BonnCorpus corpus = BonnCorpus.parse(new StringReader("""
				title,text,main_category_level1
				Ampel am Rathaus,Zu kurz grün,level1_traffic_lights
				Bügel fehlen,,level1_bicycle_parking
				"""));
		assertThat(corpus.ids()).containsExactly("1", "2");
		assertThat(BenchOptions.parse(new String[] { "--data", "../data/moers.csv" }).city()).isEqualTo("Moers");
		assertThat(BenchOptions.parse(new String[] { "--data", "x/bonn.csv", "--city", "Bad Godesberg" }).city())
			.isEqualTo("Bad Godesberg");
		assertThat(BenchOptions.parse(new String[0]).city()).isEqualTo("Bonn");
	}

	@Test
	void aCorpusAsExcelWritesItInGermanIsReadToo() throws Exception {
		BonnCorpus corpus = BonnCorpus.parse(new StringReader(
				"\uFEFFID;title;text;main_category_level1\r\nM1;Ampel am Rathaus;\"Zu kurz grün; immer\";level1_traffic_lights\r\n"));
		assertThat(corpus.ids()).containsExactly("M1");
		assertThat(corpus.texts(Variant.LONG)).containsExactly("Ampel am Rathaus Zu kurz grün; immer");
	}

	@Test
	void aSampleIsDrawnBySeedAndKeepsTheCorpusOrder() throws Exception {
		BonnCorpus corpus = BonnCorpus.parse(new StringReader("""
				ID,title,text,main_category_level1
				1,a,,x
				2,b,,x
				3,c,,y
				4,d,,y
				5,e,,z
				"""));
		BonnCorpus sample = corpus.sample(3, 7);
		assertThat(sample.size()).isEqualTo(3);
		assertThat(corpus.sample(3, 7).ids()).isEqualTo(sample.ids());
		assertThat(sample.ids()).isSorted().isSubsetOf(corpus.ids());
		assertThat(corpus.sample(0, 7).ids()).isEqualTo(corpus.ids());
		assertThat(corpus.sample(9, 7).ids()).isEqualTo(corpus.ids());
		var options = BenchOptions.parse(new String[] { "--sample", "700", "--sample-seed", "3" });
		assertThat(options.sample()).isEqualTo(700);
		assertThat(options.sampleSeed()).isEqualTo(3);
		assertThat(BenchOptions.parse(new String[0]).sample()).isZero();
	}

	@Test
	void theScaleRunReplicatesTheLongContributionsUnlessAskedForTheTitles() {
		assertThat(BenchOptions.parse(new String[0]).scaleVariant()).isEqualTo(BonnCorpus.Variant.LONG);
		assertThat(BenchOptions.parse(new String[] { "--scale-variant", "short" }).scaleVariant())
			.isEqualTo(BonnCorpus.Variant.SHORT);
		assertThatThrownBy(() -> BenchOptions.parse(new String[] { "--scale-variant", "medium" }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theHoldOutSplitIsFixed() throws Exception {
		BonnCorpus corpus = BonnCorpus.parse(new StringReader(CSV));
		assertThat(corpus.split(0.5, 3).development().ids()).isEqualTo(corpus.split(0.5, 3).development().ids());
		assertThat(corpus.split(0.5, 3).holdOut().size()).isEqualTo(1);
	}

	@Test
	void theRealCorpusHasItsTwoThousandContributionsWhenPresent() throws Exception {
		Optional<BonnCorpus> corpus = BonnCorpus.read(BonnCorpus.DEFAULT_PATH);
		assumeTrue(corpus.isPresent(), "Bonn corpus absent at " + BonnCorpus.DEFAULT_PATH.toAbsolutePath()
				+ ": skipped (see ../shared/data/cycling-dialogues/README.md)");
		assertThat(corpus.get().size()).isEqualTo(2314);
		assertThat(corpus.get().categories()).containsOnly(0, 1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void grownCorpusKeepsTheOriginalsThenVariesThemDeterministically() {
		List<String> originals = List.of("Der Radweg ist sehr schmal. Bitte verbreitern!", "Ampel schaltet zu spät.");
		List<String> grown = new WordingVariation(originals, 4).answers(200);
		assertThat(grown.subList(0, 2)).isEqualTo(originals);
		assertThat(grown).isEqualTo(new WordingVariation(originals, 4).answers(200));
		assertThat(grown.subList(2, 200)).filteredOn(originals::contains).hasSizeLessThan(50);
		assertThat(grown.subList(2, 200).stream().distinct().count()).isGreaterThan(60);
	}

}
