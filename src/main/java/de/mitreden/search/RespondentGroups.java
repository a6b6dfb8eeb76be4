package de.mitreden.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import de.mitreden.answers.StoredAnswer;

/**
 * Cuts a stream of answers ordered by respondent into one list per respondent, holding only one
 * respondent's answers at a time.
 */
final class RespondentGroups {

	private final Consumer<List<StoredAnswer>> each;

	private List<StoredAnswer> current = new ArrayList<>();

	private long count;

	RespondentGroups(Consumer<List<StoredAnswer>> each) {
		this.each = each;
	}

	void accept(StoredAnswer answer) {
		if (!this.current.isEmpty() && this.current.get(0).respondent() != answer.respondent()) {
			flush();
		}
		this.current.add(answer);
		this.count++;
	}

	void finish() {
		if (!this.current.isEmpty()) {
			flush();
		}
	}

	long count() {
		return this.count;
	}

	private void flush() {
		this.each.accept(this.current);
		this.current = new ArrayList<>();
	}

}
