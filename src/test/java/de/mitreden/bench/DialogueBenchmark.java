package de.mitreden.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import de.mitreden.MitredenApplication;
import de.mitreden.conversation.Conversations;

/**
 * The dialogue benchmark: simulated citizens walk through the bundled dialogue via the engine and
 * the real database (H2 in a fresh temporary data directory, with the JDBC URL and durability
 * setting of config/application.yml), with 1 and with 8 concurrent citizens. In the same run it
 * measures the raw limit of that database: bare transactions of the same size (update one state
 * row, insert one answer row, commit) with no engine in between.
 *
 * <p>
 * Run from the repository root: {@code ./mvnw -q -Pbench test-compile exec:exec}. Optional
 * arguments via {@code -Dbench.args="--seconds 10"}.
 */
public final class DialogueBenchmark {

	private DialogueBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.parse(args);
		Path dataDir = Files.createTempDirectory("mitreden-bench");
		try (ConfigurableApplicationContext context = start(dataDir)) {
			Conversations conversations = context.getBean(Conversations.class);
			DataSource dataSource = context.getBean(DataSource.class);
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			List<Result> results = new ArrayList<>();
			for (int threads : settings.threadCounts()) {
				results.add(run("engine + H2", threads, settings, new CitizenWorkload(conversations)));
				results.add(run("raw H2 commits", threads, settings, new RawCommitWorkload(dataSource)));
			}
			System.out.println(Report.markdown(results, url, settings));
		}
		finally {
			deleteQuietly(dataDir);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// Command-line arguments: they win over config/application.yml, like an operator's settings.
		return new SpringApplicationBuilder(MitredenApplication.class).web(WebApplicationType.NONE)
			.run("--mitreden.data-dir=" + dataDir, "--mitreden.telegram.bot-token=", "--logging.level.root=WARN",
					"--spring.main.banner-mode=off", "--mitreden.admin.password=bench-only-password");
	}

	/** Warms up, then lets {@code threads} workers run for the measured time. */
	static Result run(String name, int threads, BenchSettings settings, Workload workload) throws Exception {
		runFor(workload, threads, settings.warmupSeconds(), new Latencies());
		Latencies latencies = new Latencies();
		long started = System.nanoTime();
		long operations = runFor(workload, threads, settings.seconds(), latencies);
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Result(name, threads, operations / seconds, latencies.percentileMillis(50),
				latencies.percentileMillis(99), operations);
	}

	private static long runFor(Workload workload, int threads, double seconds, Latencies latencies)
			throws InterruptedException {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		AtomicLong operations = new AtomicLong();
		CountDownLatch finished = new CountDownLatch(threads);
		List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
		for (int t = 0; t < threads; t++) {
			Workload.Worker worker = workload.newWorker();
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() < deadline) {
						long begin = System.nanoTime();
						worker.step();
						latencies.record(System.nanoTime() - begin);
						operations.incrementAndGet();
					}
				}
				catch (Throwable failure) {
					failures.add(failure);
				}
				finally {
					finished.countDown();
				}
			}, "bench-" + t);
			thread.start();
		}
		finished.await();
		if (!failures.isEmpty()) {
			throw new IllegalStateException("benchmark worker failed", failures.get(0));
		}
		return operations.get();
	}

	private static void deleteQuietly(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ignored) {
			// a temporary directory; the OS cleans it up eventually
		}
	}

	record Result(String name, int threads, double perSecond, double p50Millis, double p99Millis, long operations) {

		String row() {
			return String.format(Locale.ROOT, "| %s | %d | %,.0f | %.2f | %.2f | %,d |", name, threads, perSecond,
					p50Millis, p99Millis, operations);
		}

	}

}
