package de.mitreden.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the answer ids of every match, from doc values (no stored fields read). */
final class IdCollectorManager implements CollectorManager<IdCollectorManager.Ids, List<Long>> {

	@Override
	public Ids newCollector() {
		return new Ids();
	}

	@Override
	public List<Long> reduce(Collection<Ids> collectors) {
		List<Long> all = new ArrayList<>();
		collectors.forEach((collector) -> all.addAll(collector.ids));
		return all;
	}

	static final class Ids extends SimpleCollector {

		private final List<Long> ids = new ArrayList<>();

		private NumericDocValues values;

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			this.values = DocValues.getNumeric(context.reader(), AnswerFields.ID);
		}

		@Override
		public void collect(int doc) throws IOException {
			if (this.values.advanceExact(doc)) {
				this.ids.add(this.values.longValue());
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public void setScorer(Scorable scorer) {
		}

	}

}
