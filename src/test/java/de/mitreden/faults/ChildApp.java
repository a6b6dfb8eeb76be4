package de.mitreden.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mitreden.MitredenApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * mitreden running as a separate JVM, as in production, so that a test can kill it the hard way
 * (SIGKILL: no shutdown hook, no graceful stop, no last flush) and start it again on the same data
 * directory. It runs from the repository root, where it reads config/application.yml, with the
 * test JVM's class path. Its output goes to a file under target/hard-kill/ for diagnosis.
 */
final class ChildApp implements AutoCloseable {

	/** What a JVM reports as exit value for a process ended by signal 9 (128 + 9). */
	static final int KILLED_BY_SIGKILL = 137;

	private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final Path log;

	private final Thread killOnExit;

	private ChildApp(Process process, Path log) {
		this.process = process;
		this.log = log;
		this.killOnExit = new Thread(process::destroyForcibly, "kill-child-app");
		Runtime.getRuntime().addShutdownHook(this.killOnExit);
	}

	/**
	 * Starts mitreden with these command line arguments (Spring properties such as
	 * {@code --mitreden.data-dir=...}). Small heap and C1 only: it starts faster.
	 */
	static ChildApp start(String logName, List<String> arguments) {
		Path log = Path.of("target", "hard-kill", logName + ".log").toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), MitredenApplication.class.getName(),
				"--spring.main.banner-mode=off"));
		command.addAll(arguments);
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new ChildApp(process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	long pid() {
		return this.process.pid();
	}

	/** Waits until the app has started and returns its HTTP port. */
	int awaitStarted() {
		long end = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < end) {
			String output = output();
			if (output.contains("Started MitredenApplication")) {
				Matcher port = HTTP_PORT.matcher(output);
				assertThat(port.find()).as("the HTTP port in %s", this.log).isTrue();
				return Integer.parseInt(port.group(1));
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("mitreden did not start (exit " + this.process.exitValue() + "), see "
						+ this.log + ":\n" + tail(output));
			}
			pause(50);
		}
		throw new AssertionError("mitreden did not start within " + START_TIMEOUT + ", see " + this.log);
	}

	/**
	 * Kills the process with SIGKILL ({@link Process#destroyForcibly()} on Linux) and checks that it
	 * really died that way: exit value 137, the process handle is gone, and the app never began a
	 * graceful shutdown.
	 */
	void killHard() {
		ProcessHandle handle = this.process.toHandle();
		this.process.destroyForcibly();
		try {
			int exit = this.process.waitFor();
			assertThat(exit).as("exit value of a process ended by SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while killing mitreden", ex);
		}
		assertThat(handle.isAlive()).isFalse();
		assertThat(ProcessHandle.of(handle.pid()).filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(output()).as("a killed process has no chance to shut down").doesNotContain("graceful shutdown");
	}

	String output() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	Path log() {
		return this.log;
	}

	private static String tail(String output) {
		return output.substring(Math.max(0, output.length() - 4000));
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	/** Kills the process if it still runs (after a failed test, too). */
	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.killOnExit);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down; the hook runs anyway
		}
	}

}
