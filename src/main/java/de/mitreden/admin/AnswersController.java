package de.mitreden.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.Map;

import de.mitreden.answers.AnswerModeration;
import de.mitreden.answers.AnswerQueries;
import de.mitreden.answers.StaffAnswer;
import de.mitreden.themes.CuratedTheme;
import de.mitreden.themes.ThemeBoard;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** The answers of one question: search, filters, paging; hide an answer with a reason and show it again. */
@Controller
class AnswersController {

	static final String LIST = "/admin/dialogues/{dialogueId}/questions/{questionId}/answers";

	private final StaffDialogues dialogues;

	private final AnswerListing listing;

	private final AnswerQueries answers;

	private final AnswerModeration moderation;

	private final StaffThemes themes;

	AnswersController(StaffDialogues dialogues, AnswerListing listing, AnswerQueries answers,
			AnswerModeration moderation, StaffThemes themes) {
		this.dialogues = dialogues;
		this.listing = listing;
		this.answers = answers;
		this.moderation = moderation;
		this.themes = themes;
	}

	@GetMapping(LIST)
	String list(@PathVariable String dialogueId, @PathVariable String questionId,
			@ModelAttribute("params") AnswerListParams params, Model model) {
		DialogueView dialogue = this.dialogues.get(dialogueId);
		QuestionView question = dialogue.question(questionId);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("question", question);
		ThemeBoard board = question.isText() ? this.themes.board(dialogue.id(), question.id()) : ThemeBoard.empty();
		AnswerListing.Listing listing = this.listing.list(dialogue, question, params, themeIds(board, params.getTheme()));
		model.addAttribute("listing", listing);
		model.addAttribute("themeOptions", board.themes()
			.stream()
			.map((theme) -> new ThemeOption(theme.key(), theme.label()))
			.toList());
		model.addAttribute("themeOf", themeKeys(board, listing));
		model.addAttribute("hasThemes", !board.themes().isEmpty());
		model.addAttribute("query", params.asQuery());
		model.addAttribute("pagePrev", pageLink(dialogue, question, params, listing.page() - 1));
		model.addAttribute("pageNext", pageLink(dialogue, question, params, listing.page() + 1));
		model.addAttribute("filterOptions", FilterOptions.of(dialogue, this.answers.counts(dialogue.id())));
		model.addAttribute("reasonLimit", AnswerModeration.MAX_REASON_LENGTH);
		return "answers";
	}

	@PostMapping(LIST + "/{answerId}/hide")
	String hide(@PathVariable String dialogueId, @PathVariable String questionId, @PathVariable long answerId,
			@RequestParam(defaultValue = "") String reason, @ModelAttribute AnswerListParams params,
			RedirectAttributes redirect) {
		belongsTo(answerId, dialogueId, questionId);
		if (reason.isBlank() || reason.length() > AnswerModeration.MAX_REASON_LENGTH) {
			redirect.addFlashAttribute("problem", "Bitte geben Sie einen Grund an (höchstens "
					+ AnswerModeration.MAX_REASON_LENGTH + " Zeichen). Die Antwort ist noch sichtbar.");
			return back(dialogueId, questionId, params, redirect, answerId);
		}
		this.moderation.hide(answerId, reason);
		redirect.addFlashAttribute("notice", "Die Antwort ist ausgeblendet. Sie fehlt jetzt in Themen, Bericht und Export.");
		redirect.addFlashAttribute("undoId", answerId);
		return back(dialogueId, questionId, params, redirect, answerId);
	}

	@PostMapping(LIST + "/{answerId}/show")
	String show(@PathVariable String dialogueId, @PathVariable String questionId, @PathVariable long answerId,
			@ModelAttribute AnswerListParams params, RedirectAttributes redirect) {
		belongsTo(answerId, dialogueId, questionId);
		this.moderation.show(answerId);
		redirect.addFlashAttribute("notice", "Die Antwort ist wieder sichtbar.");
		return back(dialogueId, questionId, params, redirect, answerId);
	}

	@PostMapping(LIST + "/{answerId}/move")
	String move(@PathVariable String dialogueId, @PathVariable String questionId, @PathVariable long answerId,
			@RequestParam(name = "target", defaultValue = "") String to, @ModelAttribute AnswerListParams params,
			RedirectAttributes redirect) {
		belongsTo(answerId, dialogueId, questionId);
		ThemeBoard board = this.themes.board(dialogueId, questionId);
		boolean toOther = ThemePages.OTHER_KEY.equals(to);
		if (!toOther && board.theme(to).isEmpty()) {
			redirect.addFlashAttribute("problem", "Dieses Thema gibt es nicht (mehr). Die Antwort bleibt, wo sie ist.");
			return back(dialogueId, questionId, params, redirect, answerId);
		}
		this.themes.move(dialogueId, questionId, Long.toString(answerId), toOther ? null : to);
		String label = toOther ? ThemePages.OTHER_LABEL : board.theme(to).get().label();
		redirect.addFlashAttribute("notice", "Die Antwort steht jetzt unter „" + label + "“. Eine Neuberechnung ändert"
				+ " das nicht.");
		return back(dialogueId, questionId, params, redirect, answerId);
	}

	/** The answers of the chosen theme ("other": those in no theme); null when no theme is chosen. */
	private static List<Long> themeIds(ThemeBoard board, String theme) {
		if (theme == null || theme.isBlank()) {
			return null;
		}
		List<String> ids = ThemePages.OTHER_KEY.equals(theme) ? board.otherIds()
				: board.theme(theme).map(CuratedTheme::answerIds).orElse(List.of());
		return ids.stream().map(Long::valueOf).toList();
	}

	/** The theme key of each listed answer ("other" for none). */
	private static Map<Long, String> themeKeys(ThemeBoard board, AnswerListing.Listing listing) {
		Map<Long, String> keys = new java.util.HashMap<>();
		listing.answers()
			.forEach((item) -> keys.put(item.answer().id(), board.themeOf(Long.toString(item.answer().id()))
				.map(CuratedTheme::key)
				.orElse(ThemePages.OTHER_KEY)));
		return keys;
	}

	/** A theme to choose in a filter or a move. */
	record ThemeOption(String key, String label) {
	}

	/** The list's address with the same search and filters on another page. */
	private static String pageLink(DialogueView dialogue, QuestionView question, AnswerListParams params, int page) {
		String path = UriComponentsBuilder.fromPath(LIST).buildAndExpand(dialogue.id(), question.id()).encode().toUriString();
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		params.asQuery().forEach((name, value) -> query.add(name + "=" + UriUtils.encode(value, StandardCharsets.UTF_8)));
		if (page > 0) {
			query.add("page=" + page);
		}
		return path + query;
	}

	/** An answer id in the address must belong to the question in the address. */
	private StaffAnswer belongsTo(long answerId, String dialogueId, String questionId) {
		return this.answers.find(answerId)
			.filter((answer) -> answer.dialogue().equals(dialogueId) && answer.question().equals(questionId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Back to the same list, page and filters; the answer's row keeps the focus. */
	private static String back(String dialogueId, String questionId, AnswerListParams params,
			RedirectAttributes redirect, long answerId) {
		Map<String, String> query = params.asQuery();
		query.forEach(redirect::addAttribute);
		if (params.getPage() > 0) {
			redirect.addAttribute("page", params.getPage());
		}
		redirect.addAttribute("dialogueId", dialogueId);
		redirect.addAttribute("questionId", questionId);
		return "redirect:" + LIST + "#answer-" + answerId;
	}

	/** The choices of the filter form: languages and channels that occur, ratings and fields of action. */
	record FilterOptions(List<String> languages, List<String> channels, List<QuestionView> ratings,
			List<QuestionView> fields) {

		static FilterOptions of(DialogueView dialogue, List<de.mitreden.answers.AnswerCount> counts) {
			List<String> languages = java.util.stream.Stream
				.concat(dialogue.languages().stream(), counts.stream().map(de.mitreden.answers.AnswerCount::language))
				.distinct()
				.toList();
			List<String> channels = counts.stream()
				.map(de.mitreden.answers.AnswerCount::channel)
				.distinct()
				.sorted()
				.toList();
			return new FilterOptions(languages, channels, dialogue.ratingQuestions(), dialogue.choiceQuestions()
				.stream()
				.filter((question) -> question.kind() == de.mitreden.dialogue.QuestionKind.MULTIPLE)
				.toList());
		}

	}

}
