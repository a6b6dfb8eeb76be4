package de.mitreden.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table of counts: one row per value (an option, a rating, a question), a total per row and one column
 * per language or channel. Rendered as an HTML table with a small bar per row.
 *
 * @param caption what the table counts, e.g. "nach Sprache"
 * @param columns the split, largest first
 * @param rows the rows in their natural order
 * @param shares true if the rows are parts of one whole and a share in percent makes sense
 */
record CountTable(String caption, List<Column> columns, List<Row> rows, boolean shares) {

	/** A language or channel. */
	record Column(String key, String label) {
	}

	/**
	 * @param label the row's name
	 * @param total the count over all columns
	 * @param cells the count per column, in column order
	 * @param bar the bar's length, 0 to 100 (the largest row is 100)
	 * @param share the share of all rows in percent, e.g. "12 %"; empty if shares make no sense
	 */
	record Row(String label, long total, List<Long> cells, int bar, String share) {
	}

	public long total() {
		return this.rows.stream().mapToLong(Row::total).sum();
	}

	/** Collects counts per (row, column), then builds the table. */
	static final class Builder {

		private final Map<String, String> rowLabels = new LinkedHashMap<>();

		private final Map<String, Map<String, Long>> counts = new HashMap<>();

		private final Map<String, Long> columnTotals = new HashMap<>();

		/** Rows appear in the order they are declared; undeclared rows are added at the end. */
		Builder row(String key, String label) {
			this.rowLabels.putIfAbsent(key, label);
			return this;
		}

		Builder add(String row, String column, long count) {
			this.rowLabels.putIfAbsent(row, row);
			this.counts.computeIfAbsent(row, (key) -> new HashMap<>()).merge(column, count, Long::sum);
			this.columnTotals.merge(column, count, Long::sum);
			return this;
		}

		CountTable build(String caption, Function<String, String> columnLabel, boolean shares) {
			List<Column> columns = this.columnTotals.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
				.map((entry) -> new Column(entry.getKey(), columnLabel.apply(entry.getKey())))
				.toList();
			long max = this.rowLabels.keySet().stream().mapToLong(this::rowTotal).max().orElse(0);
			long all = this.rowLabels.keySet().stream().mapToLong(this::rowTotal).sum();
			List<Row> rows = new ArrayList<>();
			this.rowLabels.forEach((key, label) -> rows.add(row(key, label, columns, max, shares ? all : 0)));
			return new CountTable(caption, columns, rows, shares);
		}

		private long rowTotal(String row) {
			return this.counts.getOrDefault(row, Map.of()).values().stream().mapToLong(Long::longValue).sum();
		}

		private Row row(String key, String label, List<Column> columns, long max, long all) {
			Map<String, Long> cells = this.counts.getOrDefault(key, Map.of());
			long total = rowTotal(key);
			List<Long> values = columns.stream().map((column) -> cells.getOrDefault(column.key(), 0L)).toList();
			int bar = (max == 0) ? 0 : (int) Math.round(100.0 * total / max);
			return new Row(label, total, values, bar, (all == 0) ? "" : Percent.of(total, all));
		}

	}

}
