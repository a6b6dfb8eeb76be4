package de.mitreden.themes;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LongIntMapTests {

	@Test
	void keepsWhatAHashMapKeepsThroughManyGrowths() {
		var map = new LongIntMap();
		Map<Long, Integer> expected = new HashMap<>();
		var random = new SplittableRandom(11);
		for (int i = 0; i < 50_000; i++) {
			// word-pair keys: two small ids in the high and low half, many sharing a half
			long key = ((long) random.nextInt(400) << 32) | random.nextInt(400);
			int value = random.nextInt(1_000_000);
			map.put(key, value);
			expected.put(key, value);
		}
		assertThat(map.size()).isEqualTo(expected.size());
		expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
		assertThat(map.get(-5L)).isEqualTo(-1);
		assertThat(map.get(((long) 401 << 32) | 3)).isEqualTo(-1);
	}

	@Test
	void refusesNegativeValuesWhichMeanAbsent() {
		assertThat(new LongIntMap().isEmpty()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new LongIntMap().put(1L, -1));
	}

}
