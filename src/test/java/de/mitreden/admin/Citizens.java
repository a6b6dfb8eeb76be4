package de.mitreden.admin;

import de.mitreden.webchat.WebChatClient;

/** Citizens answering the bundled dialogue through the web chat's API, as test data for the staff pages. */
final class Citizens {

	private Citizens() {
	}

	/**
	 * One citizen goes through the whole dialogue (wilhelmshaven-weltoffen).
	 * @param rating 1 to 5 for "how-open"
	 * @param field a field of action to tick, e.g. "work"
	 */
	static void answerAll(int port, String language, String channel, String where, String notYet, int rating,
			String field) {
		WebChatClient citizen = begin(port, language, channel);
		citizen.type(where);
		citizen.press("n:");
		citizen.type(notYet);
		citizen.press("n:");
		citizen.press("a:2:" + rating);
		citizen.press("t:3:" + field);
		citizen.press("d:3");
		citizen.press("a:4:30-49");
		citizen.press("s:5");
		citizen.press("a:6:rather-not-say");
	}

	/** A citizen who stops after the first question. */
	static void answerFirst(int port, String language, String channel, String where) {
		begin(port, language, channel).type(where);
	}

	/** A citizen who opened the chat (with the code of a link, or none) and agreed. */
	static WebChatClient begin(int port, String language, String channel) {
		WebChatClient citizen = new WebChatClient(port, language);
		citizen.start(channel);
		if (citizen.buttons().stream().anyMatch((button) -> button.startsWith("L:"))) {
			citizen.press("L:" + language);
		}
		citizen.press("c");
		return citizen;
	}

}
