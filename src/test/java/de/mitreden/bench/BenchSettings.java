package de.mitreden.bench;

import java.util.List;

/**
 * How long and with how many concurrent citizens the benchmark runs.
 *
 * @param seconds measured seconds per scenario
 * @param warmupSeconds unmeasured seconds before each scenario (JIT, caches, connection pool)
 * @param threadCounts the numbers of concurrent citizens to measure
 */
record BenchSettings(double seconds, double warmupSeconds, List<Integer> threadCounts) {

	static BenchSettings parse(String[] args) {
		double seconds = 10;
		double warmup = 5;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
				case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]
						+ " (known: --seconds N, --warmup N)");
			}
		}
		return new BenchSettings(seconds, warmup, List.of(1, 8));
	}

}
