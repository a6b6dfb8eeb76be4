package de.mitreden.answers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes all answers (or those of one dialogue) as CSV or JSON, streaming from the database in one
 * read-only transaction: memory use does not grow with the number of answers.
 */
@Service
@Transactional(readOnly = true)
class AnswerExport {

	static final List<String> COLUMNS = List.of("dialogue", "question", "respondent", "answer", "language",
			"channel", "date", "theme");

	/**
	 * Visible answers with the label of their theme. The theme tables belong to the themes feature
	 * (V4__themes.sql, written by the admin web); they are only read here, joined in SQL so the export keeps
	 * streaming. An answer of a question whose themes were computed but that fits none is in "Sonstiges".
	 */
	private static final String SELECT = "select a.dialogue_id, a.question_id, a.respondent, a.answer_value, a.language,"
			+ " a.channel, a.answered_on, case when t.label is not null then t.label"
			+ " when r.dialogue_id is not null then 'Sonstiges' else '' end as theme from answer a"
			+ " left join theme_answer ta on ta.answer_id = a.id left join theme t on t.id = ta.theme_id"
			+ " left join theme_run r on r.dialogue_id = a.dialogue_id and r.question_id = a.question_id"
			+ " where a.hidden = false";

	/** Rows are fetched in chunks (a cursor on PostgreSQL), so an export never holds all answers. */
	private static final int FETCH_SIZE = 500;

	/** Excel on German Windows reads a CSV file as UTF-8 only if it starts with this byte order mark. */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
		.setHeader(COLUMNS.toArray(String[]::new))
		.get();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	AnswerExport(JdbcTemplate shared) {
		this.jdbc = new JdbcTemplate(shared.getDataSource());
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	void writeCsv(String dialogue, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		try (Stream<AnswerRow> rows = rows(dialogue); CSVPrinter printer = new CSVPrinter(writer, CSV)) {
			for (Iterator<AnswerRow> it = rows.iterator(); it.hasNext();) {
				printer.printRecord(csvCells(it.next()));
			}
		}
	}

	void writeJson(String dialogue, OutputStream out) {
		try (Stream<AnswerRow> rows = rows(dialogue); JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartArray();
			rows.forEach((row) -> writeJson(generator, row));
			generator.writeEndArray();
		}
	}

	private Stream<AnswerRow> rows(String dialogue) {
		if (dialogue == null || dialogue.isBlank()) {
			return this.jdbc.queryForStream(SELECT + " order by a.id", AnswerExport::row);
		}
		return this.jdbc.queryForStream(SELECT + " and a.dialogue_id = ? order by a.id", AnswerExport::row, dialogue);
	}

	private static AnswerRow row(ResultSet rs, int number) throws SQLException {
		return new AnswerRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8));
	}

	private static List<Object> csvCells(AnswerRow row) {
		return List.of(SpreadsheetCell.safe(row.dialogue()), SpreadsheetCell.safe(row.question()),
				row.respondent(), SpreadsheetCell.safe(row.answer()), SpreadsheetCell.safe(row.language()),
				SpreadsheetCell.safe(row.channel()), row.date().toString(), SpreadsheetCell.safe(row.theme()));
	}

	private static void writeJson(JsonGenerator generator, AnswerRow row) {
		generator.writeStartObject();
		generator.writeStringProperty("dialogue", row.dialogue());
		generator.writeStringProperty("question", row.question());
		generator.writeNumberProperty("respondent", row.respondent());
		generator.writeStringProperty("answer", row.answer());
		generator.writeStringProperty("language", row.language());
		generator.writeStringProperty("channel", row.channel());
		generator.writeStringProperty("date", row.date().toString());
		generator.writeStringProperty("theme", row.theme());
		generator.writeEndObject();
	}

}
