package de.mitreden.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import de.mitreden.answers.AnswerQueries;
import de.mitreden.answers.StaffAnswer;

/**
 * The report basis as an XLSX workbook: a summary sheet with the figures, then one sheet per question
 * with every visible answer (answer, theme, language, channel, date). Written with POI's streaming
 * SXSSF: only a window of rows per sheet is in memory, the rest goes to temporary files, so 100,000
 * answers do not need 100,000 rows in memory. Every cell is a text or number cell, never a formula.
 */
final class ReportWorkbook {

	/** Rows kept in memory per sheet before they are flushed to the temporary file. */
	private static final int WINDOW = 200;

	static final List<String> ANSWER_COLUMNS = List.of("Antwort", "Thema", "Sprache", "Kanal", "Datum");

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final CellStyle bold;

	private final CellStyle wrapped;

	private ReportWorkbook() {
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold = this.workbook.createCellStyle();
		this.bold.setFont(font);
		this.wrapped = this.workbook.createCellStyle();
		this.wrapped.setWrapText(true);
	}

	/**
	 * @param themes the theme label per answer id; empty while there are no themes
	 */
	static void write(DialogueFigures.Overview overview, ReportThemes themes, AnswerQueries answers,
			OutputStream out) throws IOException {
		ReportWorkbook report = new ReportWorkbook();
		try {
			report.summary(overview, themes);
			Map<String, Sheet> sheets = report.questionSheets(overview.dialogue());
			DialogueView dialogue = overview.dialogue();
			answers.forEachVisible(dialogue.id(), (answer) -> report.answer(sheets, dialogue, answer, themes));
			report.workbook.write(out);
		}
		finally {
			report.workbook.close();
		}
	}

	private void summary(DialogueFigures.Overview overview, ReportThemes themes) {
		SXSSFSheet sheet = this.workbook.createSheet("Übersicht");
		sheet.setColumnWidth(0, 80 * 256);
		sheet.setColumnWidth(1, 14 * 256);
		sheet.setColumnWidth(2, 12 * 256);
		Lines lines = new Lines(sheet);
		lines.add(this.bold, overview.dialogue().title());
		lines.add(null, "Dialog", overview.dialogue().id());
		lines.add(null, "Stand", LocalDate.now().toString());
		lines.add(null, "Teilnehmende", overview.participants());
		lines.add(null, "bis zur letzten Frage gekommen", overview.completed());
		lines.add(null, "Antworten (ohne ausgeblendete)", overview.answerTotal());
		lines.skip();
		table(lines, overview.participation(), "Teilnahme");
		table(lines, overview.answers(), "Antworten je Frage");
		for (QuestionView question : overview.dialogue().textQuestions()) {
			themes.page(question).ifPresent((page) -> themes(lines, question, page));
		}
		for (Figure figure : overview.distributions()) {
			table(lines, figure, figure.title());
		}
	}

	/** Per theme: label, count, share and three quotes; then the split by language and by channel. */
	private void themes(Lines lines, QuestionView question, ThemePages.ThemePage page) {
		lines.add(this.bold, question.title() + " – Themen");
		lines.add(this.bold, "Thema", "Anzahl", "Anteil", "Zitat 1", "Zitat 2", "Zitat 3");
		List<ThemePages.ThemeCard> cards = new java.util.ArrayList<>(page.cards());
		cards.add(page.other());
		for (ThemePages.ThemeCard card : cards) {
			Row row = lines.add(null, card.label(), card.size(), card.share());
			int column = 3;
			for (StaffAnswer quote : card.quotes()) {
				row.createCell(column++).setCellValue(quote.text());
			}
		}
		lines.skip();
		table(lines, page.table(true), question.title() + " – Themen nach Sprache");
		table(lines, page.table(false), question.title() + " – Themen nach Kanal");
	}

	private void table(Lines lines, Figure figure, String title) {
		table(lines, figure.byLanguage(), title + " – " + figure.byLanguage().caption());
		table(lines, figure.byChannel(), title + " – " + figure.byChannel().caption());
	}

	private void table(Lines lines, CountTable table, String title) {
		lines.add(this.bold, title);
		Row header = lines.add(this.bold, "", "Anzahl", table.shares() ? "Anteil" : "");
		int column = 3;
		for (CountTable.Column split : table.columns()) {
			header.createCell(column++).setCellValue(split.label());
		}
		for (CountTable.Row row : table.rows()) {
			Row line = lines.add(null, row.label(), row.total(), row.share());
			column = 3;
			for (Long cell : row.cells()) {
				line.createCell(column++).setCellValue(cell);
			}
		}
		lines.skip();
	}

	private Map<String, Sheet> questionSheets(DialogueView dialogue) {
		Map<String, Sheet> sheets = new HashMap<>();
		Set<String> names = new HashSet<>();
		for (QuestionView question : dialogue.questions()) {
			Sheet sheet = this.workbook.createSheet(sheetName(question, names));
			sheet.setColumnWidth(0, 90 * 256);
			sheet.setColumnWidth(1, 36 * 256);
			Row header = sheet.createRow(0);
			for (int i = 0; i < ANSWER_COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(ANSWER_COLUMNS.get(i));
				header.getCell(i).setCellStyle(this.bold);
			}
			sheet.createFreezePane(0, 1);
			sheets.put(question.id(), sheet);
		}
		return sheets;
	}

	/** "F1 open-where": unique, at most 31 characters, none of the characters Excel forbids. */
	private static String sheetName(QuestionView question, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName("F" + question.number() + " " + question.id());
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
			name = base.substring(0, Math.min(base.length(), 27)) + " " + i;
		}
		return name;
	}

	/** Choice answers show the option's German label; answers to a question no longer in the file are left out. */
	private void answer(Map<String, Sheet> sheets, DialogueView dialogue, StaffAnswer answer, ReportThemes themes) {
		Sheet sheet = sheets.get(answer.question());
		if (sheet == null) {
			return;
		}
		QuestionView question = dialogue.question(answer.question());
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		String text = question.isChoice() ? question.valueLabel(answer.text()) : answer.text();
		row.createCell(0).setCellValue(text);
		row.getCell(0).setCellStyle(this.wrapped);
		row.createCell(1).setCellValue(themes.themeOf(answer));
		row.createCell(2).setCellValue(answer.language());
		row.createCell(3).setCellValue(answer.channel());
		row.createCell(4).setCellValue(answer.date().toString());
	}

	/** Appends rows to the summary sheet. */
	private static final class Lines {

		private final Sheet sheet;

		private int next;

		Lines(Sheet sheet) {
			this.sheet = sheet;
		}

		Row add(CellStyle style, Object... cells) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < cells.length; i++) {
				if (cells[i] instanceof Number number) {
					row.createCell(i).setCellValue(number.doubleValue());
				}
				else {
					row.createCell(i).setCellValue(String.valueOf(cells[i]));
				}
				if (style != null) {
					row.getCell(i).setCellStyle(style);
				}
			}
			return row;
		}

		void skip() {
			this.next++;
		}

	}

}
