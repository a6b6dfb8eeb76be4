package de.mitreden.answers;

/**
 * Neutralises spreadsheet formulas in exported text: a citizen's answer "=HYPERLINK(...)" must not
 * run when staff open the CSV in Excel or LibreOffice. A leading apostrophe makes the spreadsheet show
 * the text as text (OWASP "CSV injection").
 */
final class SpreadsheetCell {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCell() {
	}

	static String safe(String text) {
		if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
			return text;
		}
		return "'" + text;
	}

}
