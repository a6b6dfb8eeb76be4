package de.mitreden.search;

import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;

import de.mitreden.answers.AnswersChanged;
import de.mitreden.answers.StoredAnswers;
import de.mitreden.textanalysis.TextAnalysis;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The answer index, the search on it, and the listener that keeps it in step with the database. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	AnswerIndex answerIndex(SearchSettings settings, StoredAnswers answers, ObjectProvider<TextAnalysis> analysis,
			DataSource dataSource) {
		TextAnalysis textAnalysis = analysis.getIfAvailable(TextAnalysis::create);
		Analyzer analyzer = TextFields.analyzer(textAnalysis);
		return new AnswerIndex(settings, answers, new AnswerDocuments(textAnalysis), new DetectedLanguages(dataSource),
				analyzer);
	}

	@Bean
	LuceneAnswerSearch answerSearch(AnswerIndex index) {
		return new LuceneAnswerSearch(index);
	}

	@Bean
	IndexUpdates answerIndexUpdates(AnswerIndex index) {
		return new IndexUpdates(index);
	}

	/**
	 * Hands changes to the index after the commit. Runs on the committing thread, so it only queues
	 * (microseconds); the index thread does the work. {@code fallbackExecution}: a change published
	 * outside a transaction is taken at once.
	 */
	static class IndexUpdates {

		private final AnswerIndex index;

		IndexUpdates(AnswerIndex index) {
			this.index = index;
		}

		@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
		void on(AnswersChanged event) {
			this.index.changed(event);
		}

	}

}
