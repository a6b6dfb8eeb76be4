package de.mitreden.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import de.mitreden.textanalysis.TextAnalysis;

/**
 * {@code java -jar mitreden.jar themes --csv FILE --text COLUMN [--id COLUMN] [--label COLUMN] [--lang de]
 * [--themes N]}: themes for the rows of any CSV file, computed exactly as the admin web computes them, without
 * starting the server or touching the database.
 * <p>
 * Standard output is a clean CSV {@code id,theme,label}: the row's id (its column, or its row number from 1),
 * the theme number (1 = largest, 0 = "Sonstiges") and the theme's label. With {@code --label} the agreement with
 * that column (NMI, ARI), the number of themes, the share in "Sonstiges" and the time go to standard error, so
 * the CSV can be piped on.
 */
public final class ThemesCommand {

	public static final String NAME = "themes";

	static final String OTHERS = "Sonstiges";

	private ThemesCommand() {
	}

	/** Whether the command line asks for this command rather than the server. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/** Runs the command; returns the exit code (0 fine, 2 bad usage or file). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			Options options = Options.parse(args);
			long start = System.nanoTime();
			List<Row> rows = read(options);
			Themes themes = new ThemeClustering(TextAnalysis.create()).cluster(new ThemeRequest(
					rows.stream().map(r -> new ThemeDocument(r.id, r.text, options.language)).toList(),
					options.themes, options.stopwords));
			Map<String, Integer> themeOf = themeNumbers(themes);
			write(rows, themes, themeOf, out);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (options.labelColumn != null) {
				report(rows, themes, themeOf, seconds, err);
			}
			return 0;
		}
		catch (UsageException ex) {
			err.println("themes: " + ex.getMessage());
			err.println("usage: java -jar mitreden.jar themes --csv FILE --text COLUMN[+COLUMN…] [--id COLUMN] "
					+ "[--label COLUMN] [--lang de] [--themes N] [--stopwords WORD,WORD…]");
			return 2;
		}
	}

	private static List<Row> read(Options options) {
		Path file = Path.of(options.csv);
		if (!Files.isReadable(file)) {
			throw new UsageException("cannot read " + file);
		}
		try (BufferedReader reader = utf8(file)) {
			var parser = csvFormat(reader).parse(reader);
			List<String> header = parser.getHeaderNames();
			if (header.isEmpty()) {
				throw new UsageException(file + " is empty: it needs a header row with the column names");
			}
			List<String> textColumns = textColumns(options.textColumn, header);
			List<String> columns = new ArrayList<>(textColumns);
			columns.add(options.idColumn);
			columns.add(options.labelColumn);
			for (String column : columns) {
				if (column != null && !header.contains(column)) {
					throw new UsageException("no column \"" + column + "\" in " + file + " (columns: " + header + ")");
				}
			}
			List<Row> rows = new ArrayList<>();
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				for (String column : columns) {
					if (column != null && !record.isSet(column)) {
						throw new UsageException("row " + number + " (ending on line " + parser.getCurrentLineNumber()
								+ ") has no field \"" + column + "\": " + record.size() + " fields, the header row "
								+ header.size());
					}
				}
				String id = (options.idColumn != null) ? record.get(options.idColumn) : Integer.toString(number);
				String label = (options.labelColumn != null) ? record.get(options.labelColumn) : null;
				rows.add(new Row(id, text(record, textColumns), label));
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			if (ex instanceof UsageException usage) {
				throw usage;
			}
			if (ex instanceof CharacterCodingException || ex.getCause() instanceof CharacterCodingException) {
				throw new UsageException(file + " is not UTF-8 text (in Excel: save it as \"CSV UTF-8\")");
			}
			// a quote opened and never closed: Commons CSV names the line where it opened
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new UsageException("cannot read " + file + " as CSV: " + cause.getMessage());
		}
	}

	/** Strict UTF-8: a file saved as Windows-1252 is refused with a hint instead of read with wrong letters. */
	private static BufferedReader utf8(Path file) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
	}

	/** Enough for any header row; the reader goes back to where it was after reading it. */
	private static final int HEADER_LIMIT = 1 << 16;

	/**
	 * The CSV format of the file {@code reader} is at the start of: comma-separated, or semicolon-separated as Excel
	 * writes CSV in German (the header row tells: a semicolon and no comma in it, as for the staff web's import),
	 * with a header row. The byte order mark Excel writes before "CSV UTF-8" is skipped. Public for the themes
	 * benchmark, which reads a corpus as this command reads it.
	 */
	public static CSVFormat csvFormat(BufferedReader reader) throws IOException {
		reader.mark(HEADER_LIMIT);
		String header = Objects.requireNonNullElse(reader.readLine(), "");
		reader.reset();
		if (header.startsWith("\uFEFF")) {
			reader.skip(1);
		}
		char separator = (header.indexOf(';') >= 0 && header.indexOf(',') < 0) ? ';' : ',';
		return CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get();
	}

	/**
	 * The column of the text, or several joined by "+" ("title+text": a title and its text as one answer), unless a
	 * column has exactly that name.
	 */
	private static List<String> textColumns(String asked, List<String> header) {
		return header.contains(asked) ? List.of(asked) : List.of(asked.split("\\+"));
	}

	/** The text columns of a row, joined by a space (empty ones left out). */
	private static String text(CSVRecord record, List<String> columns) {
		List<String> parts = new ArrayList<>();
		for (String column : columns) {
			String value = record.get(column).strip();
			if (!value.isEmpty()) {
				parts.add(value);
			}
		}
		return String.join(" ", parts);
	}

	private static Map<String, Integer> themeNumbers(Themes themes) {
		Map<String, Integer> themeOf = new HashMap<>();
		for (int t = 0; t < themes.themes().size(); t++) {
			for (String id : themes.themes().get(t).documentIds()) {
				themeOf.put(id, t + 1);
			}
		}
		return themeOf;
	}

	private static void write(List<Row> rows, Themes themes, Map<String, Integer> themeOf, PrintStream out) {
		try {
			var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
			printer.printRecord("id", "theme", "label");
			for (Row row : rows) {
				int theme = themeOf.getOrDefault(row.id, 0);
				printer.printRecord(row.id, theme, (theme == 0) ? OTHERS : themes.themes().get(theme - 1).label());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void report(List<Row> rows, Themes themes, Map<String, Integer> themeOf, double seconds,
			PrintStream err) {
		List<String> truth = rows.stream().map(r -> r.label).toList();
		List<String> found = rows.stream().map(r -> Integer.toString(themeOf.getOrDefault(r.id, 0))).toList();
		err.printf(Locale.ROOT, "NMI %.3f%nARI %.3f%nthemes %d%nSonstiges %.1f %%%ntime %.2f s%n",
				Agreement.nmi(truth, found), Agreement.ari(truth, found), themes.themes().size(),
				100.0 * themes.otherIds().size() / Math.max(1, rows.size()), seconds);
	}

	private record Row(String id, String text, String label) {
	}

	/** @param stopwords the dialogue's own stop words (e.g. the city's name), as staff set them in the staff web */
	private record Options(String csv, String textColumn, String idColumn, String labelColumn, String language,
			OptionalInt themes, Set<String> stopwords) {

		static Options parse(String[] args) {
			Map<String, String> values = new HashMap<>();
			for (int i = 1; i < args.length; i++) {
				String name = args[i];
				if (!List.of("--csv", "--text", "--id", "--label", "--lang", "--themes", "--stopwords").contains(name)) {
					throw new UsageException("unknown option " + name);
				}
				if (i + 1 >= args.length) {
					throw new UsageException(name + " needs a value");
				}
				values.put(name, args[++i]);
			}
			if (!values.containsKey("--csv") || !values.containsKey("--text")) {
				throw new UsageException("--csv and --text are required");
			}
			String language = values.get("--lang");
			if (language != null && !TextAnalysis.LANGUAGES.contains(language)) {
				throw new UsageException("--lang must be one of " + TextAnalysis.LANGUAGES);
			}
			return new Options(values.get("--csv"), values.get("--text"), values.get("--id"), values.get("--label"),
					language, themes(values.get("--themes")), stopwords(values.get("--stopwords")));
		}

		private static Set<String> stopwords(String value) {
			return (value == null) ? Set.of()
					: java.util.Arrays.stream(value.split(","))
						.map(String::strip)
						.filter(word -> !word.isEmpty())
						.collect(java.util.stream.Collectors.toUnmodifiableSet());
		}

		private static OptionalInt themes(String value) {
			if (value == null) {
				return OptionalInt.empty();
			}
			try {
				int n = Integer.parseInt(value);
				if (n < 1) {
					throw new NumberFormatException();
				}
				return OptionalInt.of(n);
			}
			catch (NumberFormatException ex) {
				throw new UsageException("--themes must be a whole number of at least 1");
			}
		}

	}

	private static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
