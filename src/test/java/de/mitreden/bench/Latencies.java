package de.mitreden.bench;

import java.util.Arrays;

/** Collects operation latencies from all workers; percentiles over the whole run. */
final class Latencies {

	private long[] nanos = new long[1 << 16];

	private int count;

	synchronized void record(long elapsedNanos) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
		}
		this.nanos[this.count++] = elapsedNanos;
	}

	synchronized double percentileMillis(double percentile) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * this.count) - 1;
		return sorted[Math.max(0, Math.min(index, this.count - 1))] / 1e6;
	}

}
