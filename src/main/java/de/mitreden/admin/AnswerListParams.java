package de.mitreden.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search and filters of the answer list, as given in the address; carried along by the hide and show
 * forms so that staff come back to the same list.
 */
class AnswerListParams {

	private String q;

	private String language;

	private String channel;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	/** "questionId:value" of a rating question. */
	private String rating;

	/** "questionId:option" of a choice question (a field of action). */
	private String field;

	private String theme;

	private boolean hidden;

	private int page;

	/** The parameters to repeat in a link or redirect, without the page. */
	Map<String, String> asQuery() {
		Map<String, String> query = new LinkedHashMap<>();
		put(query, "q", this.q);
		put(query, "language", this.language);
		put(query, "channel", this.channel);
		put(query, "from", (this.from != null) ? this.from.toString() : null);
		put(query, "to", (this.to != null) ? this.to.toString() : null);
		put(query, "rating", this.rating);
		put(query, "field", this.field);
		put(query, "theme", this.theme);
		put(query, "hidden", this.hidden ? "true" : null);
		return query;
	}

	public boolean filtered() {
		return !asQuery().isEmpty();
	}

	private static void put(Map<String, String> query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.put(name, value);
		}
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getChannel() {
		return this.channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public String getRating() {
		return this.rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public boolean isHidden() {
		return this.hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = Math.max(0, page);
	}

}
