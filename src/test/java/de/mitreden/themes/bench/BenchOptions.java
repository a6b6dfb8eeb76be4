package de.mitreden.themes.bench;

import java.nio.file.Path;

/**
 * Command-line options of the themes benchmark: {@code --data FILE} (the Bonn CSV), {@code --scale N}
 * (answers in the scale run, 0 = skip), {@code --assign N} (single answers timed for assignment),
 * {@code --repeats N} (runs per method on the corpus; the median time is reported).
 */
record BenchOptions(Path data, int scale, int assign, int repeats) {

	static BenchOptions parse(String[] args) {
		Path data = BonnCorpus.DEFAULT_PATH;
		int scale = 100_000;
		int assign = 1_000;
		int repeats = 5;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--data" -> data = Path.of(args[i + 1]);
				case "--scale" -> scale = Integer.parseInt(args[i + 1]);
				case "--assign" -> assign = Integer.parseInt(args[i + 1]);
				case "--repeats" -> repeats = Math.max(1, Integer.parseInt(args[i + 1]));
				default -> throw new IllegalArgumentException("unknown option " + args[i]
						+ " (known: --data FILE, --scale N, --assign N, --repeats N)");
			}
		}
		if (args.length % 2 != 0) {
			throw new IllegalArgumentException("option without a value: " + args[args.length - 1]);
		}
		return new BenchOptions(data, scale, assign, repeats);
	}

}
