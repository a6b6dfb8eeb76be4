package de.mitreden.admin;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The themes of one free-text question and what staff do with them: rename, merge, split, pin, a theme
 * from a search, more or fewer themes, compute again. Moving one answer happens on the answers page.
 */
@Controller
class ThemesController {

	static final String PAGE = "/admin/dialogues/{dialogueId}/questions/{questionId}/themes";

	static final int MAX_LABEL = 300;

	private final StaffDialogues dialogues;

	private final StaffThemes themes;

	private final ThemePages pages;

	private final ThemeRefresher refresher;

	private final AnswerListing search;

	ThemesController(StaffDialogues dialogues, StaffThemes themes, ThemePages pages, ThemeRefresher refresher,
			AnswerListing search) {
		this.dialogues = dialogues;
		this.themes = themes;
		this.pages = pages;
		this.refresher = refresher;
		this.search = search;
	}

	/** The first visit computes the themes if nobody did yet, so the page is never empty without reason. */
	@GetMapping(PAGE)
	String page(@PathVariable String dialogueId, @PathVariable String questionId, Model model) {
		DialogueView dialogue = this.dialogues.get(dialogueId);
		QuestionView question = textQuestion(dialogue, questionId);
		ThemePages.ThemePage page = this.pages.of(dialogue, question);
		if (!page.computed() && page.total() > 0) {
			recompute(dialogue, question, OptionalInt.empty());
			page = this.pages.of(dialogue, question);
		}
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("question", question);
		model.addAttribute("page", page);
		model.addAttribute("computedAt", page.run()
			.map((run) -> java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'")
				.format(run.computedAt().atZone(ZoneId.systemDefault())))
			.orElse(null));
		model.addAttribute("suggestions", page.cards().stream().filter((card) -> !card.curated()).count());
		model.addAttribute("stopwords", String.join(", ", this.themes.stopwords(dialogueId).stream().sorted().toList()));
		return "themes";
	}

	@PostMapping(PAGE + "/recompute")
	String recompute(@PathVariable String dialogueId, @PathVariable String questionId,
			@RequestParam(required = false) Integer count, RedirectAttributes redirect) {
		DialogueView dialogue = this.dialogues.get(dialogueId);
		QuestionView question = textQuestion(dialogue, questionId);
		OptionalInt wanted = (count != null && count >= 2 && count <= 60) ? OptionalInt.of(count) : OptionalInt.empty();
		recompute(dialogue, question, wanted);
		redirect.addFlashAttribute("notice", "Die Themen sind neu berechnet. Ihre Änderungen an Themen bleiben erhalten.");
		return back(dialogueId, questionId, null);
	}

	@PostMapping(PAGE + "/{key}/rename")
	String rename(@PathVariable String dialogueId, @PathVariable String questionId, @PathVariable String key,
			@RequestParam(defaultValue = "") String label, RedirectAttributes redirect) {
		String name = label.strip();
		if (name.isEmpty() || name.length() > MAX_LABEL) {
			redirect.addFlashAttribute("problem", "Bitte geben Sie einen Namen mit 1 bis " + MAX_LABEL + " Zeichen ein.");
			return back(dialogueId, questionId, key);
		}
		act(dialogueId, questionId, () -> this.themes.rename(dialogueId, questionId, key, name));
		redirect.addFlashAttribute("notice", "Das Thema heißt jetzt „" + name + "“.");
		return back(dialogueId, questionId, key);
	}

	@PostMapping(PAGE + "/{key}/pin")
	String pin(@PathVariable String dialogueId, @PathVariable String questionId, @PathVariable String key,
			@RequestParam boolean pinned, RedirectAttributes redirect) {
		act(dialogueId, questionId, () -> this.themes.pin(dialogueId, questionId, key, pinned));
		redirect.addFlashAttribute("notice", pinned ? "Das Thema ist angeheftet: Es steht oben und bleibt, wie es ist."
				: "Das Thema ist nicht mehr angeheftet.");
		return back(dialogueId, questionId, key);
	}

	@PostMapping(PAGE + "/merge")
	String merge(@PathVariable String dialogueId, @PathVariable String questionId,
			@RequestParam(name = "keys", required = false) List<String> keys, RedirectAttributes redirect) {
		List<String> chosen = (keys != null) ? keys.stream().distinct().toList() : List.of();
		if (chosen.size() < 2) {
			redirect.addFlashAttribute("problem", "Bitte wählen Sie mindestens zwei Themen zum Zusammenführen aus.");
			return back(dialogueId, questionId, null);
		}
		act(dialogueId, questionId, () -> this.themes.merge(dialogueId, questionId, chosen));
		redirect.addFlashAttribute("notice", chosen.size() + " Themen sind zusammengeführt. Das Thema behält den Namen"
				+ " des ersten.");
		return back(dialogueId, questionId, chosen.get(0));
	}

	@PostMapping(PAGE + "/{key}/split")
	String split(@PathVariable String dialogueId, @PathVariable String questionId, @PathVariable String key,
			@RequestParam(required = false) Integer parts, RedirectAttributes redirect) {
		OptionalInt wanted = (parts != null && parts >= 2 && parts <= 20) ? OptionalInt.of(parts) : OptionalInt.empty();
		act(dialogueId, questionId, () -> this.themes.split(dialogueId, questionId, key, wanted));
		redirect.addFlashAttribute("notice", "Das Thema ist geteilt. Antworten, die in keinen Teil passen, stehen unter"
				+ " „Sonstiges“.");
		return back(dialogueId, questionId, null);
	}

	@PostMapping(PAGE + "/from-search")
	String fromSearch(@PathVariable String dialogueId, @PathVariable String questionId,
			@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String label,
			RedirectAttributes redirect) {
		DialogueView dialogue = this.dialogues.get(dialogueId);
		QuestionView question = textQuestion(dialogue, questionId);
		String name = label.isBlank() ? query.strip() : label.strip();
		if (query.isBlank() || name.length() > MAX_LABEL) {
			redirect.addFlashAttribute("problem", "Bitte geben Sie einen Suchbegriff ein (und einen Namen mit höchstens "
					+ MAX_LABEL + " Zeichen).");
			return back(dialogueId, questionId, null);
		}
		List<String> ids = this.search.matchingIds(dialogue, question, query.strip()).stream().map(String::valueOf).toList();
		if (ids.isEmpty()) {
			redirect.addFlashAttribute("problem", "Die Suche „" + query.strip() + "“ findet keine Antwort. Es ist kein"
					+ " Thema entstanden.");
			return back(dialogueId, questionId, null);
		}
		act(dialogueId, questionId, () -> this.themes.createFromSearch(dialogueId, questionId, name, query.strip(), ids));
		redirect.addFlashAttribute("notice", "Das Thema „" + name + "“ hat " + ids.size() + " Antworten aus der Suche.");
		return back(dialogueId, questionId, null);
	}

	@PostMapping(PAGE + "/stopwords")
	String stopwords(@PathVariable String dialogueId, @PathVariable String questionId,
			@RequestParam(defaultValue = "") String words, RedirectAttributes redirect) {
		this.dialogues.get(dialogueId);
		Set<String> cleaned = Arrays.stream(words.split("[,;\\s]+"))
			.map((word) -> word.strip().toLowerCase(Locale.ROOT))
			.filter((word) -> !word.isEmpty() && word.length() <= 100)
			.limit(200)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		this.themes.saveStopwords(dialogueId, cleaned);
		redirect.addFlashAttribute("notice", "Die Füllwörter sind gespeichert. Sie gelten ab der nächsten Berechnung.");
		return back(dialogueId, questionId, null);
	}

	private void recompute(DialogueView dialogue, QuestionView question, OptionalInt count) {
		this.themes.recompute(dialogue.id(), question.id(), count);
		this.refresher.computedNow(dialogue.id(), question.id());
	}

	/** A theme key that no longer exists (someone else merged it meanwhile) is a 404, not a 500. */
	private static void act(String dialogueId, String questionId, Runnable change) {
		try {
			change.run();
		}
		catch (IllegalArgumentException ex) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
					"Dieses Thema gibt es nicht mehr.");
		}
	}

	static QuestionView textQuestion(DialogueView dialogue, String questionId) {
		QuestionView question = dialogue.question(questionId);
		if (!question.isText()) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		return question;
	}

	private static String back(String dialogueId, String questionId, String key) {
		return "redirect:/admin/dialogues/" + dialogueId + "/questions/" + questionId + "/themes"
				+ ((key != null && key.matches("[0-9]+")) ? "#theme-" + key : "");
	}

}
