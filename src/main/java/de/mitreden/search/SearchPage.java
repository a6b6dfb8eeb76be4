package de.mitreden.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param hits the answers on this page
 * @param total how many answers match in all (exact)
 * @param page the page number, from 0
 * @param pageSize answers per page
 */
public record SearchPage(List<SearchHit> hits, long total, int page, int pageSize) {

	public SearchPage {
		hits = List.copyOf(hits);
	}

	static SearchPage empty(SearchQuery query) {
		return new SearchPage(List.of(), 0, query.page(), query.pageSize());
	}

	public int totalPages() {
		return (int) ((this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.pageSize < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
