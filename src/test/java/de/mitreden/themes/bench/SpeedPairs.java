package de.mitreden.themes.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import de.mitreden.themes.bench.BonnCorpus.Variant;

/**
 * The one-liner speed question alone, asked many times: mitreden's themes at their automatic count against
 * Carrot2's Lingo asked for 8 clusters (its fastest configuration), each timed as {@link ThemesBenchmark} times a
 * configuration (settled, median of at least 5 runs and 1 s), in alternating pairs in one JVM after the same warm-up. One benchmark run
 * gives one such pair; on a machine whose two CPUs are shared the ratio of one pair moves by more than the gap, so
 * this prints every pair and the median ratio. {@code --pairs N} (default 10); the data options as the benchmark's.
 */
public final class SpeedPairs {

	private static final int WARM_UP_PAIRS = 60;

	private SpeedPairs() {
	}

	public static void main(String[] args) throws Exception {
		int pairs = 10;
		String[] rest = args;
		if (args.length >= 2 && "--pairs".equals(args[0])) {
			pairs = Math.max(1, Integer.parseInt(args[1]));
			rest = Arrays.copyOfRange(args, 2, args.length);
		}
		BenchOptions options = BenchOptions.parse(rest);
		Optional<BonnCorpus> read = BonnCorpus.read(options.data());
		if (read.isEmpty()) {
			System.out.println("Speed pairs: no corpus at " + options.data().toAbsolutePath() + ". Nothing was measured.");
			return;
		}
		List<String> titles = read.get().sample(options.sample(), options.sampleSeed()).texts(Variant.SHORT);
		MitredenThemes mitreden = MitredenThemes.german(options.city());
		CarrotPeer lingo = CarrotPeer.lingo();
		for (int i = 0; i < WARM_UP_PAIRS; i++) {
			mitreden.cluster(titles, OptionalInt.empty());
			lingo.cluster(titles, 8);
		}
		double[] ratios = new double[pairs];
		for (int i = 0; i < pairs; i++) {
			double own = ThemesBenchmark.Timed.median(5, () -> mitreden.cluster(titles, OptionalInt.empty())).seconds();
			double peer = ThemesBenchmark.Timed.median(5, () -> lingo.cluster(titles, 8)).seconds();
			ratios[i] = own / peer;
			System.out.printf("pair %d: mitreden (auto) %.4f s, Lingo (8) %.4f s, ratio %.2f%n", i + 1, own, peer,
					ratios[i]);
		}
		Arrays.sort(ratios);
		double median = (pairs % 2 == 1) ? ratios[pairs / 2] : (ratios[pairs / 2 - 1] + ratios[pairs / 2]) / 2;
		System.out.printf("%d titles, %d pairs: ratio median %.2f, range %.2f-%.2f (below 1: mitreden faster)%n",
				titles.size(), pairs, median, ratios[0], ratios[pairs - 1]);
	}

}
