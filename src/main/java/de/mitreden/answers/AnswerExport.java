package de.mitreden.answers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

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
			"channel", "date");

	/** Excel on German Windows reads a CSV file as UTF-8 only if it starts with this byte order mark. */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
		.setHeader(COLUMNS.toArray(String[]::new))
		.get();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final AnswerRepository answers;

	AnswerExport(AnswerRepository answers) {
		this.answers = answers;
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
		return (dialogue == null || dialogue.isBlank()) ? this.answers.streamAll()
				: this.answers.streamByDialogue(dialogue);
	}

	private static List<Object> csvCells(AnswerRow row) {
		return List.of(SpreadsheetCell.safe(row.dialogue()), SpreadsheetCell.safe(row.question()),
				row.respondent(), SpreadsheetCell.safe(row.answer()), SpreadsheetCell.safe(row.language()),
				SpreadsheetCell.safe(row.channel()), row.date().toString());
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
		generator.writeEndObject();
	}

}
