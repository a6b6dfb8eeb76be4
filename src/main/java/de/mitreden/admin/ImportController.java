package de.mitreden.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.mitreden.answers.AnswerImport;
import de.mitreden.answers.ImportedAnswer;
import de.mitreden.search.AnswerSearch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff upload a CSV file of contributions gathered elsewhere into a free-text question. The whole file
 * is checked first; then all rows are stored in one transaction, or none.
 */
@Controller
class ImportController {

	static final String PAGE = "/admin/import";

	static final String CHANNEL = "import";

	static final DataSize FILE_LIMIT = DataSize.ofMegabytes(10);

	/**
	 * How long an import waits for the search index before it shows the list: a few thousand contributions take a
	 * second or two; after a larger import the list says that answers are still being added.
	 */
	static final Duration INDEX_WAIT = Duration.ofSeconds(15);

	private final StaffDialogues dialogues;

	private final AnswerImport answerImport;

	private final AnswerSearch search;

	private final Clock clock;

	ImportController(StaffDialogues dialogues, AnswerImport answerImport, AnswerSearch search,
			ObjectProvider<Clock> clock) {
		this.dialogues = dialogues;
		this.answerImport = answerImport;
		this.search = search;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	@GetMapping(PAGE)
	String form(@RequestParam(required = false) String target, Model model) {
		model.addAttribute("targets", targets());
		model.addAttribute("chosen", (target != null) ? target : "");
		model.addAttribute("limitMegabytes", FILE_LIMIT.toMegabytes());
		model.addAttribute("maxText", ContributionCsv.MAX_TEXT_LENGTH);
		return "import";
	}

	@PostMapping(PAGE)
	String upload(@RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "de") String language,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		Optional<Target> chosen = targets().stream().filter((candidate) -> candidate.key().equals(target)).findFirst();
		String problem = check(chosen, language, file);
		if (problem == null) {
			try {
				int stored = store(chosen.get(), language, file.getBytes());
				// the list that follows should show what was just imported: the index takes it in the background
				this.search.awaitChanges(INDEX_WAIT);
				redirect.addFlashAttribute("notice", stored + " Beiträge sind gespeichert (Kanal „import“).");
				return "redirect:" + chosen.get().answersLink() + "?channel=" + CHANNEL;
			}
			catch (ContributionCsv.ImportProblem ex) {
				problem = ex.describe() + " Es wurde nichts gespeichert.";
			}
		}
		model.addAttribute("problem", problem);
		return form(target, model);
	}

	private String check(Optional<Target> chosen, String language, MultipartFile file) {
		if (chosen.isEmpty()) {
			return "Bitte wählen Sie die Frage, zu der die Beiträge gehören. Es wurde nichts gespeichert.";
		}
		if (!chosen.get().dialogue().languages().contains(language)) {
			return "Bitte wählen Sie eine Sprache des Dialogs. Es wurde nichts gespeichert.";
		}
		if (file == null || file.isEmpty()) {
			return "Bitte wählen Sie eine CSV-Datei. Es wurde nichts gespeichert.";
		}
		if (file.getSize() > FILE_LIMIT.toBytes()) {
			return tooLargeMessage();
		}
		return null;
	}

	private int store(Target target, String language, byte[] bytes) {
		LocalDate today = LocalDate.now(this.clock);
		Set<String> languages = new HashSet<>(target.dialogue().languages());
		List<ImportedAnswer> answers = ContributionCsv.read(bytes, languages, language, today)
			.stream()
			.map((row) -> new ImportedAnswer(target.dialogue().id(), target.question().id(), row.text(), row.language(),
					CHANNEL, row.date()))
			.toList();
		return this.answerImport.add(answers);
	}

	private static String tooLargeMessage() {
		return "Die Datei ist größer als " + FILE_LIMIT.toMegabytes() + " MB. Bitte teilen Sie sie auf. Es wurde"
				+ " nichts gespeichert.";
	}

	private List<Target> targets() {
		return this.dialogues.all()
			.stream()
			.flatMap((dialogue) -> dialogue.textQuestions().stream().map((question) -> new Target(dialogue, question)))
			.toList();
	}

	/** A free-text question that contributions can be imported into. */
	record Target(DialogueView dialogue, QuestionView question) {

		public String key() {
			return this.dialogue.id() + "/" + this.question.id();
		}

		public String answersLink() {
			return "/admin/dialogues/" + this.dialogue.id() + "/questions/" + this.question.id() + "/answers";
		}

	}

}
