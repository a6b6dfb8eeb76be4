package de.mitreden.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import de.mitreden.links.Counts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The participation chart's geometry: every day from the first to the last, round numbers on the axis. */
class TimelineTest {

	@Test
	void aDayWithoutCountsIsDrawnAsZeroButNotListed() {
		Map<LocalDate, Counts> days = new LinkedHashMap<>();
		days.put(LocalDate.of(2026, 12, 1), new Counts(7, 5, 3, 20));
		days.put(LocalDate.of(2026, 12, 3), new Counts(2, 2, 1, 6));

		Timeline timeline = Timeline.of(days);

		assertThat(timeline.days()).extracting(Timeline.Day::date).containsExactly("1.12.2026", "3.12.2026");
		Timeline.Series started = timeline.series().get(0);
		assertThat(started.key()).isEqualTo("started");
		assertThat(started.markers()).hasSize(3);
		assertThat(started.markers().get(1).y()).as("2 December: 0, on the axis").isEqualTo(timeline.plotBottom());
		assertThat(started.markers().get(0).x()).isEqualTo(timeline.left());
		assertThat(started.markers().get(2).x()).isEqualTo(timeline.plotRight());
		assertThat(timeline.yTicks()).extracting(Timeline.Tick::label).containsExactly("0", "2", "4", "6", "8");
		assertThat(timeline.from()).isEqualTo("1. Dezember 2026");
		assertThat(timeline.to()).isEqualTo("3. Dezember 2026");
	}

	@Test
	void aLongTimeGetsAtMostAboutEightDatesAndNoMarkers() {
		Map<LocalDate, Counts> days = new LinkedHashMap<>();
		days.put(LocalDate.of(2026, 1, 1), new Counts(1, 1, 1, 1));
		days.put(LocalDate.of(2026, 12, 31), new Counts(1234, 1000, 800, 5000));

		Timeline timeline = Timeline.of(days);

		assertThat(timeline.xTicks()).hasSizeBetween(6, 9);
		assertThat(timeline.markers()).isFalse();
		assertThat(timeline.yTicks()).extracting(Timeline.Tick::label).containsExactly("0", "500", "1000", "1500");
	}

	@Test
	void noCountsNoChart() {
		assertThat(Timeline.of(Map.of()).isEmpty()).isTrue();
	}

}
