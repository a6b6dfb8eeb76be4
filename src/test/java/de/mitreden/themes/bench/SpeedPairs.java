package de.mitreden.themes.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The one-liner speed question alone, asked many times: mitreden's themes at their automatic count against
 * Carrot2's Lingo asked for 8 clusters (its fastest configuration), each timed as {@link ThemesBenchmark} times a
 * configuration (settled, median of at least 5 runs and 1 s), in alternating pairs in one JVM after the same warm-up. One benchmark run
 * gives one such pair; on a machine whose two CPUs are shared the ratio of one pair moves by more than the gap, so
 * this prints every pair and the median ratio. {@code --pairs N} (default 10); {@code --variant long} times title +
 * text instead of the titles (Lingo at 8 is its fastest there too); the data options as the benchmark's.
 */
public final class SpeedPairs {

	private static final int WARM_UP_PAIRS = 60;

	private SpeedPairs() {
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		int pairs = Math.max(1, options.pairs());
		Optional<BonnCorpus> read = BonnCorpus.read(options.data());
		if (read.isEmpty()) {
			System.out.println("Speed pairs: no corpus at " + options.data().toAbsolutePath() + ". Nothing was measured.");
			return;
		}
		List<String> answers = read.get().sample(options.sample(), options.sampleSeed()).texts(options.variant());
		MitredenThemes mitreden = MitredenThemes.german(options.city());
		CarrotPeer lingo = CarrotPeer.lingo();
		for (int i = 0; i < WARM_UP_PAIRS; i++) {
			mitreden.cluster(answers, OptionalInt.empty());
			lingo.cluster(answers, 8);
		}
		Pairs result = measure(() -> mitreden.cluster(answers, OptionalInt.empty()), () -> lingo.cluster(answers, 8),
				pairs, (pair, own, peer) -> System.out.printf("pair %d: mitreden (auto) %.4f s, Lingo (8) %.4f s, ratio %.2f%n",
						pair, own, peer, own / peer));
		System.out.printf("%d answers (%s), %d pairs: ratio median %.2f, range %.2f-%.2f (below 1: mitreden faster)%n",
				answers.size(), options.variant().description, pairs, result.median(), result.lowest(), result.highest());
	}

	/** Each pair's two times, as they are measured. */
	interface PairListener {

		void measured(int pair, double ownSeconds, double peerSeconds);

	}

	/**
	 * {@code pairs} pairs, each mitreden's configuration timed and then the peer's, as {@link ThemesBenchmark} times a
	 * configuration: the ratios own / peer, sorted.
	 */
	static Pairs measure(Supplier<?> own, Supplier<?> peer, int pairs, PairListener listener) {
		double[] ratios = new double[pairs];
		for (int i = 0; i < pairs; i++) {
			double ownSeconds = ThemesBenchmark.Timed.median(5, own).seconds();
			double peerSeconds = ThemesBenchmark.Timed.median(5, peer).seconds();
			ratios[i] = ownSeconds / peerSeconds;
			listener.measured(i + 1, ownSeconds, peerSeconds);
		}
		Arrays.sort(ratios);
		return new Pairs(ratios);
	}

	/** Sorted ratios of mitreden's time to the peer's, one per pair: below 1, mitreden was faster. */
	record Pairs(double[] ratios) {

		double median() {
			int n = this.ratios.length;
			return (n % 2 == 1) ? this.ratios[n / 2] : (this.ratios[n / 2 - 1] + this.ratios[n / 2]) / 2;
		}

		double lowest() {
			return this.ratios[0];
		}

		double highest() {
			return this.ratios[this.ratios.length - 1];
		}

	}

}
