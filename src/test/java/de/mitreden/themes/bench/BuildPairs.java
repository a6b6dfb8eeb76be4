package de.mitreden.themes.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Two builds of mitreden's themes timed against each other and against Lingo in one JVM, for a change whose speed
 * is in question: {@code BuildPairs DIR_A DIR_B [ROUNDS] [short|long]}, where each directory is a checkout (a git
 * worktree) built with {@code ./mvnw -q test-compile} and the same dependencies as this one. Each build's classes
 * get a class loader of their own over the shared libraries, so the JIT compiles each separately; every round times
 * A, B and Lingo at 8 clusters one right after the other, each as {@link ThemesBenchmark} times a configuration.
 * <p>
 * Why: the benchmark's speed pairs and {@link SpeedPairs} compare runs minutes apart, in separate JVMs, and this
 * machine's speed drifts by more than most changes are worth (the same code's titles' pairs gave medians of 0.88 and
 * 0.92 in two runs an hour apart). Within one round the three timings share the machine's state, so B / A moves
 * less: session 22 measured the letter sequences against session 21's code at 1.075 and 1.046 (15 and 10 rounds, the
 * second at a noisier hour), and the LSA through two factors at 0.986, which the benchmark and {@link SpeedPairs}
 * could not tell from noise.
 */
public final class BuildPairs {

	private static final int WARM_UP_ROUNDS = 40;

	private BuildPairs() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.out.println("usage: BuildPairs DIR_A DIR_B [ROUNDS] [short|long]; each DIR a checkout built with"
					+ " ./mvnw -q test-compile");
			return;
		}
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 15;
		BonnCorpus.Variant variant = (args.length > 3 && args[3].equals("long")) ? BonnCorpus.Variant.LONG
				: BonnCorpus.Variant.SHORT;
		var corpus = BonnCorpus.read(BonnCorpus.DEFAULT_PATH);
		if (corpus.isEmpty()) {
			System.out.println("Build pairs: no corpus. Nothing was measured.");
			return;
		}
		List<String> texts = corpus.get().texts(variant);
		ClassLoader libraries = librariesOnly();
		Supplier<?> a = themesOf(Path.of(args[0]), libraries, texts);
		Supplier<?> b = themesOf(Path.of(args[1]), libraries, texts);
		CarrotPeer lingo = CarrotPeer.lingo();
		Supplier<?> peer = () -> lingo.cluster(texts, 8);
		for (int i = 0; i < WARM_UP_ROUNDS; i++) {
			a.get();
			b.get();
			peer.get();
		}
		double[] aToPeer = new double[rounds];
		double[] bToPeer = new double[rounds];
		double[] bToA = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			double timeA = ThemesBenchmark.Timed.median(5, a).seconds();
			double timeB = ThemesBenchmark.Timed.median(5, b).seconds();
			double timePeer = ThemesBenchmark.Timed.median(5, peer).seconds();
			aToPeer[i] = timeA / timePeer;
			bToPeer[i] = timeB / timePeer;
			bToA[i] = timeB / timeA;
			System.out.printf(Locale.ROOT, "round %d: A %.4f s, B %.4f s, Lingo (8) %.4f s; A/Lingo %.3f, B/Lingo %.3f, B/A %.3f%n",
					i + 1, timeA, timeB, timePeer, aToPeer[i], bToPeer[i], bToA[i]);
		}
		System.out.printf(Locale.ROOT, "%d answers (%s), %d rounds: median A/Lingo %.3f, B/Lingo %.3f, B/A %.3f (below 1: B faster)%n",
				texts.size(), variant.description, rounds, median(aToPeer), median(bToPeer), median(bToA));
	}

	/** The libraries of this JVM's class path without this build's own classes, which each build brings itself. */
	private static ClassLoader librariesOnly() throws Exception {
		List<URL> jars = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.endsWith(".jar")) {
				jars.add(Path.of(entry).toUri().toURL());
			}
		}
		return new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
	}

	/** mitreden's themes of the build in {@code checkout}, at their automatic count, through its own class loader. */
	private static Supplier<?> themesOf(Path checkout, ClassLoader libraries, List<String> texts) throws Exception {
		Path classes = checkout.resolve("target/classes");
		Path testClasses = checkout.resolve("target/test-classes");
		if (!Files.isDirectory(classes) || !Files.isDirectory(testClasses)) {
			throw new IllegalArgumentException(checkout + " has no build: run ./mvnw -q test-compile there first");
		}
		var loader = new URLClassLoader(new URL[] { classes.toUri().toURL(), testClasses.toUri().toURL() }, libraries);
		Class<?> type = loader.loadClass(MitredenThemes.class.getName());
		Method german = type.getDeclaredMethod("german", String.class);
		german.setAccessible(true);
		Object themes = german.invoke(null, "Bonn");
		Method cluster = type.getDeclaredMethod("cluster", List.class, OptionalInt.class);
		cluster.setAccessible(true);
		return () -> {
			try {
				return cluster.invoke(themes, texts, OptionalInt.empty());
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		};
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return new SpeedPairs.Pairs(sorted).median();
	}

}
