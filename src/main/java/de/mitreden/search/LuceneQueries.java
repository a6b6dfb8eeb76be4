package de.mitreden.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import static de.mitreden.search.AnswerFields.*;

/** Turns a {@link SearchQuery} into Lucene queries. */
final class LuceneQueries {

	private final Analyzer analyzer;

	LuceneQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The text query: the words read with {@link SimpleQueryParser} (never throws, any input is
	 * words), all words required, in each language field with that field's analysis; a document
	 * matches if its field matches. Per field and then OR, so a word that is a stop word in one language
	 * (German "der") does not make the query impossible in another. Null without text.
	 */
	Query text(SearchQuery query) {
		if (!query.hasText()) {
			return null;
		}
		BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
		for (String field : TextFields.ALL) {
			SimpleQueryParser parser = new SimpleQueryParser(this.analyzer, Map.of(field, 1f));
			parser.setDefaultOperator(Occur.MUST);
			Query parsed = parser.parse(query.text());
			if (parsed != null && !(parsed instanceof MatchNoDocsQuery)) {
				anyLanguage.add(parsed, Occur.SHOULD);
			}
		}
		BooleanQuery any = anyLanguage.build();
		return any.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable words") : any;
	}

	/** The whole query: the text query (scored) and every filter (not scored). */
	Query full(SearchQuery query, Query text) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		all.add((text != null) ? text : new MatchAllDocsQuery(), Occur.MUST);
		filters(query).forEach((filter) -> all.add(filter, Occur.FILTER));
		return all.build();
	}

	private static List<Query> filters(SearchQuery query) {
		List<Query> filters = new java.util.ArrayList<>();
		addTerm(filters, DIALOGUE, query.dialogue());
		addTerm(filters, QUESTION, query.question());
		addTerms(filters, LANGUAGE, query.languages());
		addTerms(filters, CHANNEL, query.channels());
		if (query.from() != null || query.to() != null) {
			int from = (query.from() != null) ? (int) query.from().toEpochDay() : Integer.MIN_VALUE;
			int to = (query.to() != null) ? (int) query.to().toEpochDay() : Integer.MAX_VALUE;
			filters.add(IntPoint.newRangeQuery(DAY, from, to));
		}
		for (Map.Entry<String, Set<String>> answered : query.respondentAnswered().entrySet()) {
			addTerms(filters, RESPONDENT_ANSWERED,
					answered.getValue().stream().map((value) -> answered(answered.getKey(), value)).toList());
		}
		if (query.answerIds() != null) {
			filters.add(query.answerIds().isEmpty() ? new MatchNoDocsQuery("no answer ids")
					: LongPoint.newSetQuery(ID, query.answerIds()));
		}
		if (!query.includeHidden()) {
			filters.add(new TermQuery(new Term(HIDDEN, "false")));
		}
		return filters;
	}

	private static void addTerm(List<Query> filters, String field, String value) {
		if (value != null && !value.isBlank()) {
			filters.add(new TermQuery(new Term(field, value)));
		}
	}

	private static void addTerms(List<Query> filters, String field, Collection<String> values) {
		if (!values.isEmpty()) {
			filters.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()));
		}
	}

}
