package de.mitreden.webchat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One thing a browser sends; exactly one of {@code text}, {@code press}, {@code command} or
 * {@code resume} is set.
 *
 * @param id the browser's random participant id (a UUID)
 * @param text a typed message; a leading slash makes it a command, as in Telegram
 * @param press the data of a pressed button
 * @param command a command from the page's menu or the start, without slash
 * @param argument the command's argument, e.g. the multiplier code for "start"
 * @param resume true when the page was (re)loaded: show where the participant is
 * @param language the browser's language tag (navigator.language) or the page's ?lang
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChatRequest(String id, String text, String press, String command, String argument, Boolean resume,
		String language) {

	boolean wantsResume() {
		return Boolean.TRUE.equals(this.resume);
	}

}
