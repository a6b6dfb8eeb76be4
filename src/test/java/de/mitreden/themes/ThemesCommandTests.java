package de.mitreden.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme command on a small CSV made here: a clean CSV on stdout, the figures on stderr. */
class ThemesCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesOneThemeRowPerAnswerAndTheFiguresToStandardError() throws IOException {
		Path csv = sampleCsv();
		int exit = run("themes", "--csv", csv.toString(), "--text", "Antwort", "--id", "Nr", "--label", "Thema",
				"--lang", "de", "--themes", "3");
		assertThat(exit).isZero();
		List<CSVRecord> rows = parse(stdout());
		assertThat(rows).hasSize(SampleAnswers.german().size() + 1);
		assertThat(rows.get(0).values()).containsExactly("id", "theme", "label");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
			.containsExactlyElementsOf(SampleAnswers.german().stream().map(ThemeDocument::id).toList());
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(1)).matches("[0-3]"));
		assertThat(stderr()).containsPattern("NMI 1\\.000").containsPattern("ARI 1\\.000").contains("themes 3")
			.contains("Sonstiges 0.0 %").containsPattern("time \\d+\\.\\d\\d s");
	}

	@Test
	void withoutLabelColumnStandardErrorStaysQuiet() throws IOException {
		Path csv = sampleCsv();
		assertThat(run("themes", "--csv", csv.toString(), "--text", "Antwort")).isZero();
		assertThat(stderr()).isEmpty();
		List<CSVRecord> rows = parse(stdout());
		assertThat(rows.get(1).get(0)).isEqualTo("1");
	}

	@Test
	void aMissingColumnIsNamed() throws IOException {
		assertThat(run("themes", "--csv", sampleCsv().toString(), "--text", "Text")).isEqualTo(2);
		assertThat(stderr()).contains("no column \"Text\"").contains("usage:");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void severalTextColumnsMakeOneAnswerAndTheDialoguesStopWordsAreLeftOut() throws IOException {
		Path csv = this.dir.resolve("two-columns.csv");
		// the city's name is in every answer about the lights, "Ampel" in three of four
		List<String> lights = List.of("Wilhelmshaven: Ampel am Markt zu lange rot", "Die Ampel am Deich in Wilhelmshaven",
				"Wilhelmshaven braucht eine bessere Ampel", "Wilhelmshaven: Rotphase am Deich");
		List<String> racks = List.of("Fahrradständer am Bahnhof fehlen", "Mehr Fahrradständer in der Stadt",
				"Fahrradständer sind immer voll", "Neue Fahrradständer am Markt");
		StringBuilder content = new StringBuilder("title,text\n");
		for (int i = 0; i < 4; i++) {
			for (String light : lights) {
				content.append("Hinweis ").append(i).append(",\"").append(light).append("\"\n");
			}
			for (String rack : racks) {
				content.append("Hinweis ").append(i).append(",\"").append(rack).append("\"\n");
			}
		}
		Files.writeString(csv, content, StandardCharsets.UTF_8);

		assertThat(labels(csv)).as("without the city as a stop word it names a theme")
			.anySatisfy(label -> assertThat(label).contains("Wilhelmshaven"));
		assertThat(labels(csv, "--stopwords", "Wilhelmshaven, Jadestadt")).hasSize(32)
			.allSatisfy(label -> assertThat(label).doesNotContain("Wilhelmshaven"))
			.anySatisfy(label -> assertThat(label).contains("Ampel"));

		assertThat(run("themes", "--csv", csv.toString(), "--text", "title+Text")).isEqualTo(2);
		assertThat(stderr()).contains("no column \"Text\"");
	}

	/** The label of each answer of a title and text, clustered into two themes. */
	private List<String> labels(Path csv, String... more) throws IOException {
		this.out.reset();
		List<String> args = new java.util.ArrayList<>(List.of("themes", "--csv", csv.toString(), "--text", "title+text",
				"--lang", "de", "--themes", "2"));
		args.addAll(List.of(more));
		assertThat(run(args.toArray(String[]::new))).isZero();
		List<CSVRecord> rows = parse(stdout());
		return rows.subList(1, rows.size()).stream().map(r -> r.get(2)).toList();
	}

	@Test
	void readsWhatExcelWritesInGermanSemicolonsAndAByteOrderMark() throws IOException {
		Path csv = sampleCsv("excel.csv", "\uFEFF", ';', "\r\n");

		assertThat(run("themes", "--csv", csv.toString(), "--text", "Antwort", "--id", "Nr", "--label", "Thema", "--lang",
				"de", "--themes", "3")).isZero();
		List<CSVRecord> rows = parse(stdout());
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
			.containsExactlyElementsOf(SampleAnswers.german().stream().map(ThemeDocument::id).toList());
		assertThat(stderr()).containsPattern("NMI 1\\.000");
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedWithAHint() throws IOException {
		Path csv = this.dir.resolve("windows.csv");
		Files.writeString(csv, "Antwort\nDie Ampel an der Brücke ist zu kurz grün\n", java.nio.charset.Charset.forName("windows-1252"));
		assertThat(run("themes", "--csv", csv.toString(), "--text", "Antwort")).isEqualTo(2);
		assertThat(stderr()).contains("is not UTF-8").contains("CSV UTF-8");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void aRowWithoutAFieldAskedForIsNamedWithItsLine() throws IOException {
		Path csv = this.dir.resolve("short-row.csv");
		Files.writeString(csv, "Nr,Antwort,Thema\n1,Ampel zu lange rot,a\n2,\"Radweg\nkaputt\"\n3,Bügel fehlen,b\n",
				StandardCharsets.UTF_8);
		assertThat(run("themes", "--csv", csv.toString(), "--text", "Antwort", "--label", "Thema")).isEqualTo(2);
		assertThat(stderr()).contains("row 2 (ending on line 4) has no field \"Thema\"");
		assertThat(stdout()).isEmpty();

		this.err.reset();
		assertThat(run("themes", "--csv", csv.toString(), "--text", "Antwort")).as("the fields asked for are there")
			.isZero();
	}

	@Test
	void aQuoteNeverClosedIsNamedWithTheLineItOpensOn() throws IOException {
		Path csv = this.dir.resolve("open-quote.csv");
		Files.writeString(csv, "Antwort\nAmpel zu lange rot\n\"Radweg kaputt\nBügel fehlen\n", StandardCharsets.UTF_8);
		assertThat(run("themes", "--csv", csv.toString(), "--text", "Antwort")).isEqualTo(2);
		assertThat(stderr()).contains("startline 3").doesNotContain("org.apache");
	}

	@Test
	void anEmptyFileIsCalledEmpty() throws IOException {
		Path csv = Files.createFile(this.dir.resolve("empty.csv"));
		assertThat(run("themes", "--csv", csv.toString(), "--text", "Antwort")).isEqualTo(2);
		assertThat(stderr()).contains("is empty: it needs a header row");
	}

	@Test
	void aMissingFileIsNamed() {
		assertThat(run("themes", "--csv", this.dir.resolve("nope.csv").toString(), "--text", "a")).isEqualTo(2);
		assertThat(stderr()).contains("cannot read");
	}

	@Test
	void isOnlyTheCommandWhenAskedFor() {
		assertThat(ThemesCommand.isCommand(new String[] { "themes", "--csv", "x" })).isTrue();
		assertThat(ThemesCommand.isCommand(new String[] { "--server.port=8081" })).isFalse();
		assertThat(ThemesCommand.isCommand(new String[0])).isFalse();
	}

	private Path sampleCsv() throws IOException {
		return sampleCsv("answers.csv", "", ',', "\n");
	}

	/** The sample answers with their number and topic letter, as a CSV starting with {@code start}. */
	private Path sampleCsv(String name, String start, char separator, String lineEnd) throws IOException {
		StringBuilder csv = new StringBuilder(start).append(String.join(String.valueOf(separator), "Nr", "Antwort", "Thema"))
			.append(lineEnd);
		for (ThemeDocument answer : SampleAnswers.german()) {
			csv.append(answer.id()).append(separator).append('"').append(answer.text().replace("\"", "\"\"")).append('"')
				.append(separator).append(answer.id().charAt(0)).append(lineEnd);
		}
		Path file = this.dir.resolve(name);
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		return file;
	}

	private int run(String... args) {
		return ThemesCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.DEFAULT.parse(new java.io.StringReader(csv)).getRecords();
	}

}
