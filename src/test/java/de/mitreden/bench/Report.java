package de.mitreden.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's figures as a Markdown table, ready for docs/BENCHMARKS.md. */
final class Report {

	private Report() {
	}

	static String markdown(List<DialogueBenchmark.Result> results, String jdbcUrl, BenchSettings settings) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Machine: %d cores, Java %s (%s), %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name")));
		out.append("Database: ").append(jdbcUrl).append(System.lineSeparator());
		out.append(String.format(Locale.ROOT, "Measured %.0f s per scenario after %.0f s warm-up.%n%n", settings.seconds(),
				settings.warmupSeconds()));
		out.append("| workload | concurrent citizens | per second | median ms | p99 ms | operations |\n");
		out.append("|---|---:|---:|---:|---:|---:|\n");
		results.forEach((result) -> out.append(result.row()).append('\n'));
		out.append('\n');
		for (int threads : settings.threadCounts()) {
			double engine = perSecond(results, "engine + H2", threads);
			double raw = perSecond(results, "raw H2 commits", threads);
			out.append(String.format(Locale.ROOT, "With %d: dialogue steps reach %.0f%% of the raw commit limit (ratio %.2f).%n",
					threads, 100 * engine / raw, engine / raw));
		}
		return out.toString();
	}

	private static double perSecond(List<DialogueBenchmark.Result> results, String name, int threads) {
		return results.stream()
			.filter((result) -> result.name().equals(name) && result.threads() == threads)
			.mapToDouble(DialogueBenchmark.Result::perSecond)
			.findFirst()
			.orElse(Double.NaN);
	}

}
