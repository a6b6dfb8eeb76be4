package de.mitreden.themes;

import java.util.stream.IntStream;

/**
 * When the vectorised loops of the LSA and k-means (products, orthonormalisation, similarities) split their rows over
 * two threads. Below {@link #PARALLEL_MIN_ROWS} rows one thread does it: each step then takes well under a
 * millisecond, and a second thread saves no time. Measured on the 2,314 Bonn titles (one JVM, runs alternating):
 * the same wall time either way, and about 9 ms less processor time per run of about 40 on one thread. On this
 * machine the two processors share their vector units (two threads of vector work take as long as one after the
 * other), so only larger inputs (a 100,000-answer dialogue) split theirs, for machines with cores of their own.
 */
final class VectorWork {

	static final int PARALLEL_MIN_ROWS = 5_000;

	private VectorWork() {
	}

	/** The indices 0..count-1 of {@code rows} rows, parallel for many rows. */
	static IntStream over(int count, int rows) {
		IntStream indices = IntStream.range(0, count);
		return (rows >= PARALLEL_MIN_ROWS) ? indices.parallel() : indices;
	}

}
