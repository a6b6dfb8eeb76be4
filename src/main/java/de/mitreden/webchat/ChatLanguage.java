package de.mitreden.webchat;

import de.mitreden.dialogue.DialogueEngine;

/** A supported language code and its writing direction, as the page and each message need them. */
record ChatLanguage(String code, String dir) {

	static ChatLanguage of(DialogueEngine engine, String code) {
		return new ChatLanguage(code, engine.isRightToLeft(code) ? "rtl" : "ltr");
	}

	/** The best supported language for a browser's language tag (null or blank: the default language). */
	static ChatLanguage resolve(DialogueEngine engine, String clientLanguage) {
		String tag = (clientLanguage == null || clientLanguage.isBlank()) ? null : clientLanguage.strip();
		return of(engine, engine.resolveLanguage(tag));
	}

}
