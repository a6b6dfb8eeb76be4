package de.mitreden.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import de.mitreden.answers.AnswerQueries;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The report basis of one dialogue: a printable page and an XLSX workbook. */
@Controller
class ReportController {

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final StaffDialogues dialogues;

	private final DialogueFigures figures;

	private final AnswerQueries answers;

	private final Clock clock;

	private final ThemePages themePages;

	ReportController(StaffDialogues dialogues, DialogueFigures figures, AnswerQueries answers, ThemePages themePages,
			ObjectProvider<Clock> clock) {
		this.themePages = themePages;
		this.dialogues = dialogues;
		this.figures = figures;
		this.answers = answers;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	@GetMapping("/admin/dialogues/{dialogueId}/report")
	String page(@PathVariable String dialogueId, Model model) {
		DialogueView dialogue = this.dialogues.get(dialogueId);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("overview", this.figures.of(dialogue));
		model.addAttribute("themes", ReportThemes.of(dialogue, this.themePages));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "report";
	}

	@GetMapping("/admin/dialogues/{dialogueId}/report.xlsx")
	void workbook(@PathVariable String dialogueId, HttpServletResponse response) throws IOException {
		DialogueView dialogue = this.dialogues.get(dialogueId);
		DialogueFigures.Overview overview = this.figures.of(dialogue);
		response.setContentType(XLSX_TYPE);
		String fileName = "mitreden-bericht-" + dialogue.id() + "-" + LocalDate.now(this.clock) + ".xlsx";
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		ReportWorkbook.write(overview, ReportThemes.of(dialogue, this.themePages), this.answers, response.getOutputStream());
	}

}
