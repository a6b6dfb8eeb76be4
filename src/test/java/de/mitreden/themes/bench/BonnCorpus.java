package de.mitreden.themes.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import de.mitreden.themes.ThemesCommand;

/**
 * The labelled contributions of the Raddialog Bonn 2017 (Romberg &amp; Escher, EGOV 2022; contributions
 * CC BY 4.0, annotations CC BY-SA 4.0). Read from the shared data directory, never copied into the
 * repository; absent on machines without it.
 */
record BonnCorpus(List<Contribution> contributions) {

	/** Where the data lives next to every worktree: {@code ../shared/data/cycling-dialogues/bonn.csv}. */
	static final Path DEFAULT_PATH = Path.of("..", "shared", "data", "cycling-dialogues", "bonn.csv");

	static final String ATTRIBUTION = "Cycling Dialogue Bonn 2017 (raddialog.bonn.de), contributions CC BY 4.0; "
			+ "topic labels from the annotated corpus of Romberg & Escher, \"Automated Topic Categorisation of "
			+ "Citizens' Contributions: Reducing Manual Labelling Efforts Through Active Learning\", EGOV 2022 "
			+ "(CIMT project, Heinrich Heine University Düsseldorf), CC BY-SA 4.0";

	record Contribution(String id, String title, String text, String category) {
	}

	/** Short answers are the title alone; long ones are title and text, as the data's README suggests. */
	enum Variant {

		SHORT("short (title)"), LONG("long (title + text)");

		final String description;

		Variant(String description) {
			this.description = description;
		}

		String text(Contribution contribution) {
			return this == SHORT ? contribution.title() : (contribution.title() + " " + contribution.text()).strip();
		}

	}

	/** The corpus, or empty when the file is not there. */
	static Optional<BonnCorpus> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return Optional.of(parse(reader));
		}
	}

	/**
	 * Read as the theme command reads a file ({@link ThemesCommand#csvFormat}): another corpus of the same kind may
	 * come as Excel writes CSV in German, with a byte order mark and semicolons.
	 */
	static BonnCorpus parse(Reader reader) throws IOException {
		BufferedReader buffered = new BufferedReader(reader);
		CSVFormat format = ThemesCommand.csvFormat(buffered);
		List<Contribution> contributions = new ArrayList<>();
		for (CSVRecord row : format.parse(buffered)) {
			// another corpus of the same kind may number its rows only by their place
			String id = row.isMapped("ID") ? row.get("ID") : Long.toString(row.getRecordNumber());
			contributions.add(new Contribution(id, row.get("title"), row.get("text"), row.get("main_category_level1")));
		}
		return new BonnCorpus(List.copyOf(contributions));
	}

	List<String> texts(Variant variant) {
		return contributions.stream().map(variant::text).toList();
	}

	List<String> ids() {
		return contributions.stream().map(Contribution::id).toList();
	}

	/** The hand-made category of each contribution as an int, in the corpus's order. */
	int[] categories() {
		List<String> names = new ArrayList<>(new TreeSet<>(contributions.stream().map(Contribution::category).toList()));
		return contributions.stream().mapToInt(contribution -> names.indexOf(contribution.category())).toArray();
	}

	int size() {
		return contributions.size();
	}

	/**
	 * {@code n} contributions drawn at random (a seeded shuffle's first n, in the corpus's order), or all of them if
	 * {@code n} is 0 or at least the corpus's size.
	 */
	BonnCorpus sample(int n, long seed) {
		if (n <= 0 || n >= contributions.size()) {
			return this;
		}
		List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, contributions.size()).boxed().toList());
		Collections.shuffle(order, new Random(seed));
		List<Integer> chosen = new ArrayList<>(order.subList(0, n));
		Collections.sort(chosen);
		return new BonnCorpus(chosen.stream().map(contributions::get).toList());
	}

	/** A fixed split: the first {@code share} of a seeded shuffle, and the rest. */
	Split split(double share, long seed) {
		List<Contribution> shuffled = new ArrayList<>(contributions);
		Collections.shuffle(shuffled, new Random(seed));
		int cut = (int) Math.round(shuffled.size() * share);
		return new Split(new BonnCorpus(List.copyOf(shuffled.subList(0, cut))),
				new BonnCorpus(List.copyOf(shuffled.subList(cut, shuffled.size()))));
	}

	record Split(BonnCorpus development, BonnCorpus holdOut) {
	}

}
