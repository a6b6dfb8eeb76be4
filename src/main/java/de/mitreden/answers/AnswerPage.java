package de.mitreden.answers;

import java.util.List;

/**
 * One page of answers.
 *
 * @param answers the answers on this page, oldest first
 * @param total the number of answers matching the filter
 * @param page the page number, from 0
 * @param size the page size
 */
public record AnswerPage(List<StaffAnswer> answers, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
