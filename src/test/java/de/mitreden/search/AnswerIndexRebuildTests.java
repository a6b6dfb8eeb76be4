package de.mitreden.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The database is the source of truth: an index that is gone, damaged, locked or out of step is
 * rebuilt from it when the index starts, and staff find every answer afterwards. A restart of the
 * application is played by stopping and starting the index.
 */
@ExtendWith(OutputCaptureExtension.class)
class AnswerIndexRebuildTests extends SearchTestBase {

	private final Path indexDir = DATA_DIR.resolve("index").resolve("answers");

	@BeforeEach
	void someAnswers() {
		answer("Im Sportverein treffen sich alle", "de");
		answer("At the market on Saturdays", "en");
	}

	@Test
	void anIndexInStepIsKeptAsItIs(CapturedOutput output) {
		restart(() -> {
		});

		assertThat(output.getOut()).contains("answers, in step with the database")
			.doesNotContain("rebuilding from the database");
		assertThat(find("Sportverein")).containsExactly("Im Sportverein treffen sich alle");
	}

	@Test
	void aDeletedIndexIsRebuiltWithoutDetectingKnownLanguagesAgain(CapturedOutput output) {
		restart(() -> deleteRecursively(this.indexDir));

		assertThat(output.getOut()).contains("rebuilding from the database because it did not exist")
			.containsPattern("rebuilt with \\d+ answers in \\d+ ms \\(0 languages detected");
		assertFoundAgain();
	}

	@Test
	void anIndexWithGarbageInASegmentFileIsRebuilt(CapturedOutput output) {
		restart(() -> writeGarbageInto(largestSegmentFile()));

		assertThat(output.getOut()).contains("rebuilding from the database because it was damaged");
		assertFoundAgain();
	}

	@Test
	void anIndexWithADamagedCommitPointIsRebuilt(CapturedOutput output) {
		restart(() -> writeGarbageInto(file((name) -> name.startsWith("segments_"))));

		assertThat(output.getOut()).contains("rebuilding from the database because it was damaged");
		assertFoundAgain();
	}

	@Test
	void anIndexOutOfStepWithTheDatabaseIsRebuilt(CapturedOutput output) {
		long gone = answer("Diese Antwort wird gelöscht", "de");

		restart(() -> {
			// Changes the index never heard of, e.g. made while it was not running.
			this.jdbc.sql("delete from answer where id = ?").param(gone).update();
			insert(newRespondent(), "open-where", "Beim Stadtfest am Hafen", "de", "web", DAY);
		});

		assertThat(output.getOut()).contains("rebuilding from the database because it is out of step");
		assertThat(find("Stadtfest")).containsExactly("Beim Stadtfest am Hafen");
		assertThat(find("gelöscht")).isEmpty();
		assertFoundAgain();
	}

	@Test
	void anIndexOfAnOlderLayoutIsRebuiltWithTodaysAnalysis(CapturedOutput output) throws IOException {
		answer("Das Kopfsteinpflaster am Markt", "de");

		restart(() -> {
			// as an index written before the dictionary split German compounds left it
			var appending = new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND);
			try (FSDirectory directory = FSDirectory.open(this.indexDir);
					IndexWriter writer = new IndexWriter(directory, appending)) {
				writer.setLiveCommitData(java.util.Map.of(LiveIndex.LAYOUT_KEY, "1").entrySet());
				writer.commit();
			}
		});

		assertThat(output.getOut()).contains("rebuilding from the database because it has an older layout");
		assertThat(find("Stein")).containsExactly("Das Kopfsteinpflaster am Markt");
		assertFoundAgain();
	}

	@Test
	void anIndexLockedByAnotherWriterIsKeptInMemory(CapturedOutput output) throws IOException {
		try (FSDirectory directory = FSDirectory.open(this.indexDir)) {
			this.index.stop();
			try (IndexWriter other = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
				this.index.start();
				awaitIndex();

				assertThat(output.getOut()).contains("is in use by another process");
				assertFoundAgain();
				this.index.stop();
			}
			finally {
				this.index.start();
				awaitIndex();
			}
		}
	}

	private void assertFoundAgain() {
		assertThat(find("Sportverein")).containsExactly("Im Sportverein treffen sich alle");
		assertThat(find("market")).containsExactly("At the market on Saturdays");
		assertThat(this.search.status().building()).isFalse();
	}

	/** Stops the index (it commits and closes), does something to it, and starts it again. */
	private void restart(ThrowingRunnable whileStopped) {
		this.index.stop();
		try {
			whileStopped.run();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			this.index.start();
			awaitIndex();
		}
	}

	private Path largestSegmentFile() throws IOException {
		try (Stream<Path> files = Files.list(this.indexDir)) {
			return files.filter((file) -> !file.getFileName().toString().startsWith("segments_"))
				.filter((file) -> !file.getFileName().toString().equals("write.lock"))
				.max(Comparator.comparingLong(AnswerIndexRebuildTests::size))
				.orElseThrow();
		}
	}

	private Path file(java.util.function.Predicate<String> name) throws IOException {
		try (Stream<Path> files = Files.list(this.indexDir)) {
			return files.filter((file) -> name.test(file.getFileName().toString())).findFirst().orElseThrow();
		}
	}

	/** Overwrites bytes in the middle of the file, as a failing disk would. */
	private static void writeGarbageInto(Path file) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.seek(raf.length() / 2);
			raf.write("garbage garbage garbage".getBytes());
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws IOException;

	}

}
