package de.mitreden.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import static de.mitreden.search.AnswerFields.*;

/** {@link AnswerSearch} on the {@link AnswerIndex}. */
final class LuceneAnswerSearch implements AnswerSearch {

	/** Newest day first; within a day the later answer first. */
	private static final Sort NEWEST_FIRST = new Sort(new SortField(DAY, SortField.Type.INT, true),
			new SortField(ID, SortField.Type.LONG, true));

	/** Answers are at most a few thousand characters: highlight them whole. */
	private static final int MAX_HIGHLIGHT_LENGTH = 20_000;

	private static final String[] TEXT_FIELDS = TextFields.ALL.toArray(String[]::new);

	private final AnswerIndex index;

	private final LuceneQueries queries;

	LuceneAnswerSearch(AnswerIndex index) {
		this.index = index;
		this.queries = new LuceneQueries(index.analyzer());
	}

	@Override
	public SearchPage search(SearchQuery query) {
		return this.index.withSearcher((searcher) -> page(searcher, query)).orElseGet(() -> SearchPage.empty(query));
	}

	@Override
	public List<Long> matchingIds(SearchQuery query) {
		return this.index
			.withSearcher((searcher) -> search(() -> searcher.search(this.queries.full(query, this.queries.text(query)),
					new IdCollectorManager())))
			.orElseGet(List::of);
	}

	@Override
	public IndexStatus status() {
		return this.index.status();
	}

	@Override
	public boolean awaitChanges(Duration timeout) {
		return this.index.awaitUpdates(timeout);
	}

	private SearchPage page(IndexSearcher searcher, SearchQuery query) {
		Query text = this.queries.text(query);
		Query full = this.queries.full(query, text);
		int wanted = (int) Math.min((long) (query.page() + 1) * query.pageSize(),
				Math.max(1, searcher.getIndexReader().maxDoc()));
		TopDocs top = search(() -> (text != null)
				? searcher.search(full, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE))
				: searcher.search(full, new TopFieldCollectorManager(NEWEST_FIRST, wanted, Integer.MAX_VALUE)));
		int from = Math.min(top.scoreDocs.length, query.page() * query.pageSize());
		ScoreDoc[] onPage = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
		List<String> html = search(() -> html(searcher, text, onPage));
		List<SearchHit> hits = new ArrayList<>(onPage.length);
		for (int i = 0; i < onPage.length; i++) {
			hits.add(hit(searcher, onPage[i].doc, html.get(i)));
		}
		return new SearchPage(hits, top.totalHits.value, query.page(), query.pageSize());
	}

	/** The highlighted whole text per hit; null where nothing matched (the caller escapes the text). */
	private List<String> html(IndexSearcher searcher, Query text, ScoreDoc[] onPage) throws IOException {
		List<String> html = new ArrayList<>(java.util.Collections.nCopies(onPage.length, (String) null));
		if (text == null || onPage.length == 0) {
			return html;
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.index.analyzer())
			.withFormatter(new HtmlSnippets())
			.withBreakIterator(WholeBreakIterator::new)
			.withMaxLength(MAX_HIGHLIGHT_LENGTH)
			.withMaxNoHighlightPassages(0)
			.build();
		int[] docs = Arrays.stream(onPage).mapToInt((hit) -> hit.doc).toArray();
		int[] passages = new int[TEXT_FIELDS.length];
		Arrays.fill(passages, 1);
		Map<String, String[]> perField = highlighter.highlightFields(TEXT_FIELDS, text, docs, passages);
		for (String[] fieldHtml : perField.values()) {
			for (int i = 0; i < fieldHtml.length; i++) {
				if (fieldHtml[i] != null) {
					html.set(i, fieldHtml[i]);
				}
			}
		}
		return html;
	}

	private static SearchHit hit(IndexSearcher searcher, int doc, String highlighted) {
		Document stored = search(() -> searcher.storedFields().document(doc));
		String language = stored.get(LANGUAGE);
		String text = stored.get(TextFields.of(language));
		String html = (highlighted != null) ? highlighted : HtmlSnippets.plain(text);
		return new SearchHit(stored.getField(ID).numericValue().longValue(), stored.get(DIALOGUE), stored.get(QUESTION),
				Long.parseLong(stored.get(RESPONDENT)), text, html, language, stored.get(MENU_LANGUAGE),
				stored.get(CHANNEL), LocalDate.ofEpochDay(stored.getField(DAY).numericValue().longValue()),
				Boolean.parseBoolean(stored.get(HIDDEN)));
	}

	private static <T> T search(IoCall<T> call) {
		try {
			return call.call();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface IoCall<T> {

		T call() throws IOException;

	}

}
