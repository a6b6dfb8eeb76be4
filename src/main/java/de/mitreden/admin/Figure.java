package de.mitreden.admin;

/**
 * One figure of the overview: what is counted, split by language and by channel.
 *
 * @param id an anchor for the page
 * @param title the heading
 * @param byLanguage the counts per language
 * @param byChannel the same counts per channel
 */
record Figure(String id, String title, CountTable byLanguage, CountTable byChannel) {

	public long total() {
		return this.byLanguage.total();
	}

}
