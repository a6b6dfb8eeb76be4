package de.mitreden.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of contributions gathered outside the chat. The file must be UTF-8 (Excel: "CSV UTF-8")
 * with a header row; separator comma or semicolon. Columns: {@code text} (or {@code antwort},
 * {@code beitrag}), optionally {@code datum}/{@code date} (2025-03-14 or 14.03.2025) and
 * {@code sprache}/{@code language} (a language code of the dialogue). Every row is checked before
 * anything is stored; the first problem is reported with its line number.
 */
final class ContributionCsv {

	/** The size of the answer column. */
	static final int MAX_TEXT_LENGTH = 4000;

	static final int MAX_ROWS = 50_000;

	static final List<String> TEXT_COLUMNS = List.of("text", "antwort", "beitrag");

	static final List<String> DATE_COLUMNS = List.of("datum", "date");

	static final List<String> LANGUAGE_COLUMNS = List.of("sprache", "language");

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private ContributionCsv() {
	}

	/**
	 * @param languages the dialogue's language codes (allowed in a language column)
	 * @param defaultLanguage the language of rows without one
	 * @param today the date of rows without one
	 * @throws ImportProblem naming the line and the problem
	 */
	static List<Row> read(byte[] bytes, Set<String> languages, String defaultLanguage, LocalDate today) {
		String text = utf8(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new ImportProblem(0, "Die Datei ist leer.");
		}
		try (CSVParser parser = format(text).parse(new StringReader(text))) {
			Columns columns = Columns.of(parser.getHeaderMap());
			LineIndex lines = new LineIndex(text);
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				long line = lines.lineOf(record.getCharacterPosition());
				if (rows.size() == MAX_ROWS) {
					throw new ImportProblem(line,
							"Die Datei hat mehr als " + MAX_ROWS + " Beiträge. Bitte teilen Sie sie auf.");
				}
				rows.add(columns.row(record, line, languages, defaultLanguage, today));
			}
			if (rows.isEmpty()) {
				throw new ImportProblem(1, "Unter der Kopfzeile steht kein Beitrag.");
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new ImportProblem(0, "Die Datei ist keine gültige CSV-Datei: " + firstLine(ex.getMessage()));
		}
	}

	/** Excel in German writes semicolons; the header row tells which separator the file uses. */
	private static CSVFormat format(String text) {
		String header = text.lines().findFirst().orElse("");
		char separator = (header.indexOf(';') >= 0 && header.indexOf(',') < 0) ? ';' : ',';
		return CSVFormat.RFC4180.builder()
			.setDelimiter(separator)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setIgnoreHeaderCase(true)
			.setTrim(false)
			.get();
	}

	/** Strict UTF-8: a file saved as Windows-1252 is refused with the line of the first wrong byte. */
	private static String utf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new ImportProblem(lineAt(bytes, in.position()), "Die Datei ist nicht in UTF-8 gespeichert (zum Beispiel"
					+ " ein Umlaut in Windows-Kodierung). Speichern Sie sie in Excel als „CSV UTF-8“ und laden Sie sie"
					+ " noch einmal hoch.");
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static long lineAt(byte[] bytes, int position) {
		long line = 1;
		for (int i = 0; i < position; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String firstLine(String message) {
		return (message == null) ? "" : message.lines().findFirst().orElse("");
	}

	/** Line numbers as an editor shows them, from a character position (a text may span lines). */
	private static final class LineIndex {

		private final int[] starts;

		LineIndex(String text) {
			this.starts = java.util.stream.IntStream
				.concat(java.util.stream.IntStream.of(0),
						java.util.stream.IntStream.range(0, text.length()).filter((i) -> text.charAt(i) == '\n').map((i) -> i + 1))
				.toArray();
		}

		long lineOf(long position) {
			int found = java.util.Arrays.binarySearch(this.starts, (int) position);
			return (found >= 0) ? found + 1 : -found - 1;
		}

	}

	/** One contribution, checked. */
	record Row(long line, String text, String language, LocalDate date) {
	}

	/** Where the known columns are in this file. */
	private record Columns(String text, String date, String language) {

		static Columns of(Map<String, Integer> header) {
			Map<String, String> names = new java.util.HashMap<>();
			header.keySet().forEach((name) -> names.put(name.strip().toLowerCase(Locale.ROOT), name));
			String text = first(names, TEXT_COLUMNS)
				.orElseThrow(() -> new ImportProblem(1, "Die Kopfzeile hat keine Spalte „text“ (oder „antwort“). "
						+ "Gefunden: " + String.join(", ", header.keySet()) + "."));
			return new Columns(text, first(names, DATE_COLUMNS).orElse(null),
					first(names, LANGUAGE_COLUMNS).orElse(null));
		}

		private static Optional<String> first(Map<String, String> names, List<String> wanted) {
			return wanted.stream().filter(names::containsKey).map(names::get).findFirst();
		}

		Row row(CSVRecord record, long line, Set<String> languages, String defaultLanguage, LocalDate today) {
			if (!record.isSet(this.text)) {
				throw new ImportProblem(line, "In der Zeile fehlt die Spalte „" + this.text + "“.");
			}
			String value = record.get(this.text).strip();
			if (value.isEmpty()) {
				throw new ImportProblem(line, "Der Text ist leer.");
			}
			if (value.length() > MAX_TEXT_LENGTH) {
				throw new ImportProblem(line, "Der Text ist " + value.length() + " Zeichen lang; erlaubt sind höchstens "
						+ MAX_TEXT_LENGTH + ".");
			}
			return new Row(line, value, language(record, line, languages, defaultLanguage), date(record, line, today));
		}

		private String language(CSVRecord record, long line, Set<String> languages, String defaultLanguage) {
			String given = (this.language != null && record.isSet(this.language)) ? record.get(this.language).strip()
					.toLowerCase(Locale.ROOT) : "";
			if (given.isEmpty()) {
				return defaultLanguage;
			}
			if (!languages.contains(given)) {
				throw new ImportProblem(line, "Die Sprache „" + given + "“ gibt es in diesem Dialog nicht. Erlaubt: "
						+ String.join(", ", languages.stream().sorted().toList()) + ".");
			}
			return given;
		}

		private LocalDate date(CSVRecord record, long line, LocalDate today) {
			String given = (this.date != null && record.isSet(this.date)) ? record.get(this.date).strip() : "";
			if (given.isEmpty()) {
				return today;
			}
			try {
				return given.contains(".") ? LocalDate.parse(given, GERMAN_DATE) : LocalDate.parse(given);
			}
			catch (DateTimeParseException ex) {
				throw new ImportProblem(line, "Das Datum „" + given + "“ ist unklar. Schreiben Sie es so: 14.03.2025"
						+ " oder 2025-03-14.");
			}
		}

	}

	/** What is wrong with the file, for the staff member who uploaded it. */
	static final class ImportProblem extends RuntimeException {

		private final long line;

		ImportProblem(long line, String message) {
			super(message);
			this.line = line;
		}

		/** The line of the file (1 = header), 0 if the problem is the whole file. */
		long line() {
			return this.line;
		}

		String describe() {
			return (this.line > 0) ? "Zeile " + this.line + ": " + getMessage() : getMessage();
		}

	}

}
