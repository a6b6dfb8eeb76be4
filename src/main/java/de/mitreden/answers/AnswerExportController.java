package de.mitreden.answers;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export of all answers for staff (HTTP Basic, configured in the admin module): one row per answer
 * with dialogue, question, respondent, answer, language, channel and date. Written straight to the
 * response while the rows are read.
 */
@RestController
class AnswerExportController {

	private final AnswerExport export;

	private final Clock clock;

	AnswerExportController(AnswerExport export, ObjectProvider<Clock> clock) {
		this.export = export;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	@GetMapping("/api/answers.csv")
	void csv(@RequestParam(required = false) String dialogue, HttpServletResponse response) throws IOException {
		prepare(response, "text/csv;charset=UTF-8", "csv");
		this.export.writeCsv(dialogue, response.getOutputStream());
	}

	@GetMapping("/api/answers.json")
	void json(@RequestParam(required = false) String dialogue, HttpServletResponse response) throws IOException {
		prepare(response, "application/json", "json");
		this.export.writeJson(dialogue, response.getOutputStream());
	}

	private void prepare(HttpServletResponse response, String contentType, String extension) {
		response.setContentType(contentType);
		response.setCharacterEncoding("UTF-8");
		String fileName = "mitreden-answers-" + LocalDate.now(this.clock) + "." + extension;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
