package de.mitreden.webchat;

import java.util.Locale;

import de.mitreden.conversation.Conversations;
import de.mitreden.dialogue.DialogueEngine;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chat page. It is rendered in the language the link ({@code ?lang=}) or the browser asks for;
 * once the dialogue answers, the script switches the page to the participant's own language.
 */
@Controller
class ChatPageController {

	private final Conversations conversations;

	ChatPageController(Conversations conversations) {
		this.conversations = conversations;
	}

	/** The server's address alone leads to the chat. */
	@GetMapping("/")
	String home() {
		return "redirect:/chat";
	}

	@GetMapping("/chat")
	String page(@RequestParam(name = "c", required = false) String code,
			@RequestParam(name = "lang", required = false) String lang,
			@RequestHeader(name = "Accept-Language", required = false) String acceptLanguage, Model model,
			HttpServletResponse response) {
		DialogueEngine engine = this.conversations.engine();
		ChatLanguage language = (lang != null) ? ChatLanguage.resolve(engine, lang) : fromBrowser(engine, acceptLanguage);
		response.setLocale(Locale.forLanguageTag(language.code()));
		model.addAttribute("lang", language.code());
		model.addAttribute("dir", language.dir());
		model.addAttribute("texts", PageTexts.of(engine, language.code()));
		model.addAttribute("code", (code != null) ? code : "");
		model.addAttribute("askedLanguage", (lang != null) ? lang : "");
		return "webchat/chat";
	}

	/** The first language in the browser's list that the dialogue speaks, else the default language. */
	private static ChatLanguage fromBrowser(DialogueEngine engine, String acceptLanguage) {
		try {
			return Locale.LanguageRange.parse((acceptLanguage != null) ? acceptLanguage : "")
				.stream()
				.map((range) -> range.getRange().split("-")[0])
				.filter(engine.languages()::contains)
				.findFirst()
				.map((code) -> ChatLanguage.of(engine, code))
				.orElseGet(() -> ChatLanguage.resolve(engine, null));
		}
		catch (IllegalArgumentException ex) {
			return ChatLanguage.resolve(engine, null);
		}
	}

}
