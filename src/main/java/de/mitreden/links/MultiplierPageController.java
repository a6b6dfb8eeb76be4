package de.mitreden.links;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.mitreden.dialogue.Dialogue;
import de.mitreden.dialogue.DialogueEngine;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The read-only page of one community: the counts of its own link and of the whole dialogue, in the
 * link's language. Any number below 5 reads "fewer than 5", so nobody can be singled out. An unknown
 * address gets a friendly 404 page.
 */
@Controller
class MultiplierPageController {

	private final Links links;

	private final ChannelCounts counts;

	private final DialogueEngine engine;

	MultiplierPageController(Links links, ChannelCounts counts, DialogueEngine engine) {
		this.links = links;
		this.counts = counts;
		this.engine = engine;
	}

	/** One line of numbers: what is counted and the number as shown. */
	record Row(String label, String value) {
	}

	@GetMapping("/m/{secret}")
	String page(@PathVariable String secret,
			@RequestHeader(name = "Accept-Language", required = false) String acceptLanguage, Model model,
			HttpServletResponse response) {
		Optional<Link> link = this.links.bySecret(secret);
		if (link.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			language(model, response, this.engine.resolveLanguage(firstLanguage(acceptLanguage)));
			return "links/not-found";
		}
		Dialogue dialogue = dialogue(link.get());
		String language = pageLanguage(link.get(), dialogue);
		language(model, response, language);
		model.addAttribute("name", link.get().name());
		model.addAttribute("active", link.get().active());
		model.addAttribute("dialogueTitle", title(dialogue, language, link.get()));
		model.addAttribute("linkRows", rows(this.counts.ofChannel(link.get().code()), language));
		model.addAttribute("dialogueRows", rows(this.counts.ofDialogue(link.get().dialogueId()), language));
		return "links/multiplier";
	}

	private void language(Model model, HttpServletResponse response, String language) {
		response.setLocale(Locale.forLanguageTag(language));
		model.addAttribute("lang", language);
		model.addAttribute("dir", this.engine.isRightToLeft(language) ? "rtl" : "ltr");
		model.addAttribute("t", new PageText(this.engine, language));
	}

	private List<Row> rows(Counts counts, String language) {
		return List.of(row("multiplier.started", counts.started(), language),
				row("multiplier.consented", counts.consented(), language),
				row("multiplier.completed", counts.completed(), language),
				row("multiplier.answers", counts.answers(), language));
	}

	/** Digits as in "fewer than 5" (Latin digits in every language), grouped as the language writes them. */
	private Row row(String key, long count, String language) {
		String value = (count < ChannelCounts.SMALL_GROUP) ? this.engine.text(language, "multiplier.fewer-than-5")
				: String.format(Locale.forLanguageTag(language + "-u-nu-latn"), "%,d", count);
		return new Row(this.engine.text(language, key), value);
	}

	private String pageLanguage(Link link, Dialogue dialogue) {
		if (link.language() != null) {
			return link.language();
		}
		return (dialogue != null) ? dialogue.defaultLanguage() : this.engine.resolveLanguage(null);
	}

	private Dialogue dialogue(Link link) {
		return this.engine.dialogues()
			.stream()
			.filter((dialogue) -> dialogue.id().equals(link.dialogueId()))
			.findFirst()
			.orElse(null);
	}

	private static String title(Dialogue dialogue, String language, Link link) {
		if (dialogue == null || dialogue.texts(language) == null) {
			return link.dialogueId();
		}
		return dialogue.texts(language).title();
	}

	private static String firstLanguage(String acceptLanguage) {
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse((acceptLanguage != null) ? acceptLanguage : "");
			return ranges.isEmpty() ? null : ranges.get(0).getRange();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The page's texts for the template: {@code ${t.get('multiplier.title')}}. */
	static final class PageText {

		private final DialogueEngine engine;

		private final String language;

		PageText(DialogueEngine engine, String language) {
			this.engine = engine;
			this.language = language;
		}

		public String get(String key) {
			return this.engine.text(this.language, key);
		}

	}

}
