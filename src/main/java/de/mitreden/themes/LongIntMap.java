package de.mitreden.themes;

import java.util.Arrays;

/**
 * Pair of word ids → pair feature id, without boxing: long answers have tens of thousands of word pairs, and a
 * {@code HashMap<Long, Integer>} spent most of the TF-IDF step allocating keys. Open addressing, linear probing;
 * no removal.
 */
final class LongIntMap {

	private static final int ABSENT = -1;

	private long[] keys;

	private int[] values;

	private int size;

	LongIntMap() {
		this(32);
	}

	/** Room for about {@code expected} keys before it grows. */
	LongIntMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(32, expected) * 2 - 1) * 2;
		this.keys = new long[capacity];
		this.values = new int[capacity];
		Arrays.fill(this.values, ABSENT);
	}

	int size() {
		return this.size;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	/** The value of {@code key}, or -1. Values must not be negative. */
	int get(long key) {
		int mask = this.keys.length - 1;
		for (int slot = slot(key, mask);; slot = (slot + 1) & mask) {
			int value = this.values[slot];
			if (value == ABSENT || this.keys[slot] == key) {
				return value;
			}
		}
	}

	void put(long key, int value) {
		if (value < 0) {
			throw new IllegalArgumentException("negative value " + value);
		}
		if (2 * (this.size + 1) > this.keys.length) {
			grow();
		}
		int mask = this.keys.length - 1;
		for (int slot = slot(key, mask);; slot = (slot + 1) & mask) {
			if (this.values[slot] == ABSENT) {
				this.keys[slot] = key;
				this.values[slot] = value;
				this.size++;
				return;
			}
			if (this.keys[slot] == key) {
				this.values[slot] = value;
				return;
			}
		}
	}

	private void grow() {
		long[] oldKeys = this.keys;
		int[] oldValues = this.values;
		this.keys = new long[oldKeys.length * 2];
		this.values = new int[oldValues.length * 2];
		Arrays.fill(this.values, ABSENT);
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldValues[i] != ABSENT) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

	/** Spreads the bits (the two word ids sit in the high and low half). */
	private static int slot(long key, int mask) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

}
