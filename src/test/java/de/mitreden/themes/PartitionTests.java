package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PartitionTests {

	@Test
	void orderedBitsOrderAsTheFloatsDo() {
		var random = new SplittableRandom(7);
		float[] values = new float[1000];
		for (int i = 0; i < values.length; i++) {
			values[i] = (float) (random.nextDouble() * 4 - 2);
		}
		float[] special = { -0.0f, 0.0f, -1, 1, Float.MIN_VALUE, -Float.MIN_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE };
		System.arraycopy(special, 0, values, 0, special.length);
		for (float a : values) {
			for (int j = 0; j < 50; j++) {
				float b = values[random.nextInt(values.length)];
				assertThat(Integer.signum(Integer.compare(Partition.orderedBits(a), Partition.orderedBits(b))))
					.as("%s against %s", a, b)
					.isEqualTo(Integer.signum(Float.compare(a, b)));
			}
		}
	}

}
