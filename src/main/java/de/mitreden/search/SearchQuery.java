package de.mitreden.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What staff look for. Every filter is optional (null or empty: no restriction); filters combine with
 * AND, the values inside one filter with OR. Build one with {@link #builder()}.
 *
 * @param dialogue only answers of this dialogue
 * @param question only answers to this question
 * @param languages only answers written in one of these languages (detected from the text)
 * @param channels only answers that came through one of these channels
 * @param from only answers given on or after this day
 * @param to only answers given on or before this day
 * @param respondentAnswered only answers of respondents who gave one of the values to the question:
 * question id to values, e.g. {@code {"how-open": ["4", "5"], "fields": ["work"]}}. This is how the
 * rating (Q3) and field-of-action (Q4) filters work for a free-text answer.
 * @param answerIds only these answers (null: all), e.g. the answers of a theme from the themes module;
 * an empty set matches nothing
 * @param includeHidden true to include answers staff hid
 * @param text a free-text query (may be null or blank), searched in every language with that
 * language's analysis, so "Sprachkurs" also finds "Kurs"
 * @param page the page, from 0
 * @param pageSize answers per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(String dialogue, String question, Set<String> languages, Set<String> channels,
		LocalDate from, LocalDate to, Map<String, Set<String>> respondentAnswered, Set<Long> answerIds,
		boolean includeHidden, String text, int page, int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 25;

	public static final int MAX_PAGE_SIZE = 500;

	public SearchQuery {
		languages = (languages != null) ? Set.copyOf(languages) : Set.of();
		channels = (channels != null) ? Set.copyOf(channels) : Set.of();
		respondentAnswered = (respondentAnswered != null) ? Map.copyOf(respondentAnswered) : Map.of();
		answerIds = (answerIds != null) ? Set.copyOf(answerIds) : null;
		page = Math.max(0, page);
		pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
	}

	public static Builder builder() {
		return new Builder();
	}

	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	/** Collects the filters of a search; all optional. */
	public static final class Builder {

		private String dialogue;

		private String question;

		private Set<String> languages = Set.of();

		private Set<String> channels = Set.of();

		private LocalDate from;

		private LocalDate to;

		private final Map<String, Set<String>> respondentAnswered = new LinkedHashMap<>();

		private Set<Long> answerIds;

		private boolean includeHidden;

		private String text;

		private int page;

		private int pageSize = DEFAULT_PAGE_SIZE;

		private Builder() {
		}

		public Builder dialogue(String dialogue) {
			this.dialogue = dialogue;
			return this;
		}

		public Builder question(String question) {
			this.question = question;
			return this;
		}

		public Builder languages(Collection<String> languages) {
			this.languages = Set.copyOf(languages);
			return this;
		}

		public Builder language(String language) {
			return languages((language == null || language.isBlank()) ? Set.of() : Set.of(language));
		}

		public Builder channels(Collection<String> channels) {
			this.channels = Set.copyOf(channels);
			return this;
		}

		public Builder channel(String channel) {
			return channels((channel == null || channel.isBlank()) ? Set.of() : Set.of(channel));
		}

		/** Answers given from {@code from} to {@code to}, both days included; either may be null. */
		public Builder dates(LocalDate from, LocalDate to) {
			this.from = from;
			this.to = to;
			return this;
		}

		/**
		 * Only answers of respondents who answered {@code question} with one of {@code values}, e.g.
		 * {@code respondentAnswered("how-open", Set.of("4", "5"))} or
		 * {@code respondentAnswered("fields", Set.of("work"))}. Empty values: no restriction.
		 */
		public Builder respondentAnswered(String question, Collection<String> values) {
			if (values != null && !values.isEmpty()) {
				this.respondentAnswered.put(question, Set.copyOf(values));
			}
			return this;
		}

		/** Only these answers, e.g. those of one theme; null: no restriction. */
		public Builder answerIds(Collection<Long> answerIds) {
			this.answerIds = (answerIds != null) ? Set.copyOf(answerIds) : null;
			return this;
		}

		public Builder includeHidden(boolean includeHidden) {
			this.includeHidden = includeHidden;
			return this;
		}

		public Builder text(String text) {
			this.text = text;
			return this;
		}

		public Builder page(int page, int pageSize) {
			this.page = page;
			this.pageSize = pageSize;
			return this;
		}

		public SearchQuery build() {
			return new SearchQuery(this.dialogue, this.question, this.languages, this.channels, this.from, this.to,
					this.respondentAnswered, this.answerIds, this.includeHidden, this.text, this.page, this.pageSize);
		}

	}

}
