package de.mitreden.themes.bench;

import java.nio.file.Path;

/**
 * Command-line options of the themes benchmark: {@code --data FILE} (the Bonn CSV, or another corpus with the same
 * columns), {@code --city NAME} (the city's name, mitreden's extra stop word as staff would set it; by default the
 * file's name: "bonn.csv" → "Bonn"), {@code --scale N} (answers in the scale run, 0 = skip), {@code --assign N}
 * (single answers timed for assignment), {@code --repeats N} (fewest runs per method on the corpus, timed for at
 * least a second in all; the median time is reported), {@code --pairs N} (alternating pairs of mitreden's automatic
 * count and Lingo's fastest configuration timed per variant, for the speed verdict; 0 = none), {@code --sample N}
 * and {@code --sample-seed S} (measure on N
 * contributions drawn at random with seed S, default 1, instead of all: how the figures hold on a smaller dialogue
 * of the same kind; 0 = all), {@code --variant short|long} (the answers {@link SpeedPairs} times: titles, the
 * default, or title + text), {@code --scale-variant short|long} (the contributions the scale run replicates: title +
 * text, the default and the target, or the titles, as a city's one-line answers would come).
 */
record BenchOptions(Path data, String city, int scale, int assign, int repeats, int pairs, int sample,
		long sampleSeed, BonnCorpus.Variant variant, BonnCorpus.Variant scaleVariant) {

	static BenchOptions parse(String[] args) {
		Path data = BonnCorpus.DEFAULT_PATH;
		String city = null;
		int scale = 100_000;
		int assign = 1_000;
		int repeats = 5;
		int pairs = 10;
		int sample = 0;
		long sampleSeed = 1;
		BonnCorpus.Variant variant = BonnCorpus.Variant.SHORT;
		BonnCorpus.Variant scaleVariant = BonnCorpus.Variant.LONG;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--data" -> data = Path.of(args[i + 1]);
				case "--city" -> city = args[i + 1];
				case "--scale" -> scale = Integer.parseInt(args[i + 1]);
				case "--assign" -> assign = Integer.parseInt(args[i + 1]);
				case "--repeats" -> repeats = Math.max(1, Integer.parseInt(args[i + 1]));
				case "--pairs" -> pairs = Math.max(0, Integer.parseInt(args[i + 1]));
				case "--sample" -> sample = Math.max(0, Integer.parseInt(args[i + 1]));
				case "--sample-seed" -> sampleSeed = Long.parseLong(args[i + 1]);
				case "--variant" -> variant = variantOf(args[i + 1]);
				case "--scale-variant" -> scaleVariant = variantOf(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]
						+ " (known: --data FILE, --city NAME, --scale N, --assign N, --repeats N, --pairs N,"
						+ " --sample N, --sample-seed S, --variant short|long, --scale-variant short|long)");
			}
		}
		if (args.length % 2 != 0) {
			throw new IllegalArgumentException("option without a value: " + args[args.length - 1]);
		}
		return new BenchOptions(data, (city != null) ? city : cityOf(data), scale, assign, repeats, pairs, sample,
				sampleSeed, variant, scaleVariant);
	}

	private static BonnCorpus.Variant variantOf(String name) {
		return BonnCorpus.Variant.valueOf(name.toUpperCase(java.util.Locale.ROOT));
	}

	/** "bonn.csv" → "Bonn": the corpora of the cycling dialogues are named after their city. */
	static String cityOf(Path data) {
		String name = data.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
