package de.mitreden.admin;

/** Shares as staff read them: whole percent, "< 1 %" rather than a misleading "0 %". */
final class Percent {

	private Percent() {
	}

	static String of(long part, long whole) {
		if (whole <= 0) {
			return "";
		}
		if (part > 0 && part * 100 < whole) {
			return "< 1 %";
		}
		return Math.round(100.0 * part / whole) + " %";
	}

}
