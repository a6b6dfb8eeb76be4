package de.mitreden.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import de.mitreden.links.Counts;

/**
 * Participation over time as a line chart drawn as inline SVG by the template: began, agreed and completed
 * per day, every day from the first to the last counted one (days without counts are 0). The series differ
 * by line style and marker shape, not by colour alone. Coordinates are in the SVG's own units.
 *
 * @param days the days with counts, oldest first, for the table beside the chart
 * @param series began, agreed, completed (keys "started", "consented", "completed")
 * @param yTicks the numbers on the vertical axis
 * @param xTicks the dates on the horizontal axis (at most about 8)
 * @param markers false when there are too many days for a marker on each
 * @param from the first day, written out ("1. Dezember 2026")
 * @param to the last day, written out
 */
record Timeline(List<Day> days, List<Series> series, List<Tick> yTicks, List<Tick> xTicks, boolean markers, String from,
		String to) {

	static final int WIDTH = 720;

	static final int HEIGHT = 300;

	static final int LEFT = 64;

	static final int RIGHT = 24;

	static final int TOP = 16;

	/** Room for the dates and the axis title. */
	static final int BOTTOM = 64;

	private static final int MAX_MARKED_DAYS = 62;

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d.M.", Locale.GERMAN);

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

	/** One day of the table; {@code date} as "5.12.2026". */
	record Day(String date, Counts counts) {
	}

	/** One line: an SVG polyline and the points for the markers. */
	record Series(String key, String points, List<Point> markers) {
	}

	record Point(int x, int y) {
	}

	record Tick(int position, String label) {
	}

	static Timeline of(Map<LocalDate, Counts> byDay) {
		if (byDay.isEmpty()) {
			return new Timeline(List.of(), List.of(), List.of(), List.of(), false, "", "");
		}
		LocalDate first = byDay.keySet().stream().min(LocalDate::compareTo).orElseThrow();
		LocalDate last = byDay.keySet().stream().max(LocalDate::compareTo).orElseThrow();
		int dayCount = (int) ChronoUnit.DAYS.between(first, last) + 1;
		long top = niceTop(byDay.values().stream().mapToLong(Counts::started).max().orElse(0),
				byDay.values().stream().mapToLong(Counts::consented).max().orElse(0),
				byDay.values().stream().mapToLong(Counts::completed).max().orElse(0));
		Scale scale = new Scale(dayCount, top);
		List<Series> series = List.of(series("started", Counts::started, byDay, first, scale),
				series("consented", Counts::consented, byDay, first, scale),
				series("completed", Counts::completed, byDay, first, scale));
		List<Day> days = byDay.entrySet()
			.stream()
			.map((entry) -> new Day(entry.getKey().format(DateTimeFormatter.ofPattern("d.M.yyyy")), entry.getValue()))
			.toList();
		return new Timeline(days, series, yTicks(top, scale), xTicks(first, dayCount, scale),
				dayCount <= MAX_MARKED_DAYS, first.format(LONG), last.format(LONG));
	}

	public boolean isEmpty() {
		return this.days.isEmpty();
	}

	/** Where the plot area ends, for the axes. */
	public int plotBottom() {
		return HEIGHT - BOTTOM;
	}

	public int plotRight() {
		return WIDTH - RIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int top() {
		return TOP;
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	private static Series series(String key, ToLongFunction<Counts> value, Map<LocalDate, Counts> byDay, LocalDate first,
			Scale scale) {
		StringBuilder points = new StringBuilder();
		List<Point> markers = new ArrayList<>();
		for (int day = 0; day < scale.dayCount(); day++) {
			Counts counts = byDay.getOrDefault(first.plusDays(day), Counts.ZERO);
			Point point = new Point(scale.x(day), scale.y(value.applyAsLong(counts)));
			points.append(point.x()).append(',').append(point.y()).append(' ');
			markers.add(point);
		}
		return new Series(key, points.toString().strip(), markers);
	}

	/** 0 and a few round steps (1, 2 or 5 times a power of ten) up to the top. */
	private static List<Tick> yTicks(long top, Scale scale) {
		long step = step(top);
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= top; value += step) {
			ticks.add(new Tick(scale.y(value), Long.toString(value)));
		}
		return ticks;
	}

	private static List<Tick> xTicks(LocalDate first, int dayCount, Scale scale) {
		int every = Math.max(1, (int) Math.ceil(dayCount / 8.0));
		List<Tick> ticks = new ArrayList<>();
		for (int day = 0; day < dayCount; day += every) {
			ticks.add(new Tick(scale.x(day), first.plusDays(day).format(SHORT)));
		}
		return ticks;
	}

	/** The top of the vertical axis: the largest count rounded up to a whole step, at least 1. */
	private static long niceTop(long... maxima) {
		long max = Math.max(1, java.util.Arrays.stream(maxima).max().orElse(0));
		long step = step(max);
		return ((max + step - 1) / step) * step;
	}

	/** 1, 2 or 5 times a power of ten, so that about 4 to 5 steps reach {@code max}. */
	private static long step(long max) {
		long power = 1;
		while (true) {
			for (long factor : new long[] { 1, 2, 5 }) {
				if (max <= factor * power * 5) {
					return factor * power;
				}
			}
			power *= 10;
		}
	}

	/** Days and counts to SVG coordinates. */
	private record Scale(int dayCount, long top) {

		int x(int day) {
			int width = WIDTH - LEFT - RIGHT;
			return (this.dayCount == 1) ? LEFT + width / 2 : LEFT + (int) Math.round((double) width * day / (this.dayCount - 1));
		}

		int y(long value) {
			int height = HEIGHT - TOP - BOTTOM;
			return HEIGHT - BOTTOM - (int) Math.round((double) height * value / this.top);
		}

	}

}
