package de.mitreden.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * An open index: its directory, the one writer and the near-real-time searchers. Searches see what
 * was written up to the last {@link SearcherManager#maybeRefreshBlocking() refresh}; a crash loses
 * only what was not yet committed. Closing does not commit: only {@link #commit()} does, so a failed
 * rebuild never replaces the last good content.
 */
record LiveIndex(Directory directory, IndexWriter writer, SearcherManager searchers) implements Closeable {

	/**
	 * Changes when documents get other fields or their words other terms: an index of another layout is rebuilt.
	 * 2: German compounds are split with a dictionary too ("Kopfsteinpflaster" is also found by "Stein").
	 * 3: German nouns in -ung and participles carry their verb ("beleuchtet" is also found by "Beleuchtung").
	 * 4: a separable verb's participle carries the verb without its prefix too ("zugeparkt" is found by "parken").
	 */
	static final String LAYOUT = "4";

	static final String LAYOUT_KEY = "mitreden.layout";

	private static final double RAM_BUFFER_MB = 64;

	static LiveIndex open(Directory directory, Analyzer analyzer, OpenMode mode) throws IOException {
		IndexWriter writer = null;
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode)
				.setRAMBufferSizeMB(RAM_BUFFER_MB)
				.setCommitOnClose(false);
			writer = new IndexWriter(directory, config);
			return new LiveIndex(directory, writer, new SearcherManager(writer, null));
		}
		catch (IOException | RuntimeException ex) {
			IOUtils.closeWhileHandlingException(writer, directory);
			throw ex;
		}
	}

	/** The layout this index was written with, or null for an index that never committed one. */
	String layout() {
		Iterable<Map.Entry<String, String>> data = this.writer.getLiveCommitData();
		if (data == null) {
			return null;
		}
		for (Map.Entry<String, String> entry : data) {
			if (LAYOUT_KEY.equals(entry.getKey())) {
				return entry.getValue();
			}
		}
		return null;
	}

	void commit() throws IOException {
		this.writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
		this.writer.commit();
	}

	@Override
	public void close() throws IOException {
		IOUtils.close(this.searchers, this.writer, this.directory);
	}

	void closeQuietly() {
		IOUtils.closeWhileHandlingException(this.searchers, this.writer, this.directory);
	}

}
