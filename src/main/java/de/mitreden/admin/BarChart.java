package de.mitreden.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart drawn as inline SVG by the template: one bar per row with its
 * label before and its number after it, so the chart reads without colour. Coordinates are in the
 * SVG's own units (viewBox 0 0 {@link #WIDTH} height).
 *
 * @param bars the bars, top to bottom
 * @param height the SVG's height
 */
record BarChart(List<Bar> bars, int height) {

	static final int WIDTH = 640;

	/** Labels end here (right-aligned), bars begin a little after. */
	static final int LABEL_END = 200;

	static final int BAR_START = 210;

	/** Room for the number after the longest bar. */
	static final int BAR_MAX = 300;

	static final int ROW = 32;

	static final int BAR_HEIGHT = 20;

	/**
	 * One bar as the template draws it.
	 *
	 * @param label e.g. "18 bis 29"
	 * @param count the number behind it
	 * @param share e.g. "12 %", or empty
	 * @param small true if the number is shown as "weniger als 5" (and no bar is drawn)
	 * @param y the bar's top
	 * @param width the bar's length
	 */
	record Bar(String label, long count, String share, boolean small, int y, int width) {

		/** The baseline of the label and the number, centred on the bar. */
		public int textY() {
			return this.y + BAR_HEIGHT / 2 + 5;
		}

		/** The number stands right after the bar. */
		public int valueX() {
			return BAR_START + this.width + 8;
		}

	}

	/** What one bar shows, before the layout. */
	record Entry(String label, long count, String share, boolean small) {
	}

	static BarChart of(List<Entry> entries) {
		long max = entries.stream().filter((entry) -> !entry.small()).mapToLong(Entry::count).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			int width = (max == 0 || entry.small()) ? 0 : (int) Math.round((double) BAR_MAX * entry.count() / max);
			bars.add(new Bar(entry.label(), entry.count(), entry.share(), entry.small(), 8 + i * ROW, width));
		}
		return new BarChart(bars, 16 + entries.size() * ROW);
	}

	public int width() {
		return WIDTH;
	}

	public int labelEnd() {
		return LABEL_END;
	}

	public int barStart() {
		return BAR_START;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

}
