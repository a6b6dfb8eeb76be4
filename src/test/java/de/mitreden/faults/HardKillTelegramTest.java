package de.mitreden.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import de.mitreden.telegram.fake.FakeBotApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Nothing acknowledged is lost", proven with a real hard kill: mitreden runs as a separate JVM
 * against a fake Telegram Bot API server in this JVM while 30 people walk the start of the
 * dialogue. The bot is killed with SIGKILL twice in the middle of the traffic (once while people
 * agree, once while they write their thoughts) and started again on the same data directory; the
 * fake server keeps every update that was not confirmed, as Telegram does.
 *
 * <p>
 * Right after each kill the H2 file is read directly: every thought the bot had thanked for is
 * there exactly once, every update the fake server counts as confirmed was taken in, and no
 * answer is there twice. At the end every person got an answer to each of their messages (resent
 * after a restart where needed) and every thought is stored exactly once.
 */
class HardKillTelegramTest {

	private static final int CITIZENS = 30;

	/** Replies (all chats) the first process sends before the kill is aimed: then it hits the consents. */
	private static final int FIRST_KILL_AFTER_REPLIES = 20;

	/** Replies the second process sends before the kill is aimed: then it hits the thoughts. */
	private static final int SECOND_KILL_AFTER_MORE_REPLIES = 60;

	/** A kill is aimed at one of the first replies of a batch, soon after its commit. */
	private static final int EARLY_REPLIES = 3;

	private final FakeBotApi api = FakeBotApi.start();

	private final ExecutorService people = Executors.newFixedThreadPool(CITIZENS);

	private final List<ChildApp> apps = new ArrayList<>();

	@TempDir
	Path dataDir;

	private long startNanos;

	@AfterEach
	void stopEverything() throws Exception {
		this.apps.forEach(ChildApp::close);
		this.people.shutdownNow();
		this.api.close();
	}

	@Test
	void thoughtsTheBotThankedForSurviveAKillNineAndNothingIsStoredTwice() throws Exception {
		this.startNanos = System.nanoTime();
		List<TelegramCitizen> citizens = IntStream.rangeClosed(1, CITIZENS)
			.mapToObj(i -> new TelegramCitizen(this.api, 7_300_000_000L + i))
			.toList();
		ChildApp first = startBot(1);
		citizens.forEach(this.people::execute);

		killSoonAfterABatchBegan(first, citizens, FIRST_KILL_AFTER_REPLIES, "");
		checkRightAfterKill("first kill", citizens);

		int repliesBefore = repliesReceived(citizens);
		ChildApp second = startBot(2);
		killSoonAfterABatchBegan(second, citizens, repliesBefore + SECOND_KILL_AFTER_MORE_REPLIES, "Danke!");
		checkRightAfterKill("second kill", citizens);

		ChildApp third = startBot(3);
		this.people.shutdown();
		assertThat(this.people.awaitTermination(90, TimeUnit.SECONDS)).as("everybody finished in time").isTrue();
		assertEveryoneGotEveryReply(citizens);
		int lastUpdate = citizens.stream().flatMap(c -> c.updateIds().stream()).max(Integer::compare).orElseThrow();
		this.api.awaitConfirmed(lastUpdate);
		third.killHard();
		StoredData stored = checkRightAfterKill("final kill", citizens);

		Map<Integer, String> thoughts = thoughtsByUpdate(citizens);
		assertThat(thoughts).hasSize(2 * CITIZENS);
		assertThat(thoughts.values()).allSatisfy(thought -> assertThat(stored.timesStored(thought)).isOne());
		assertThat(stored.answerRows()).as("no answer but the thoughts").isEqualTo(2 * CITIZENS);
		assertThat(stored.respondents()).as("one respondent per person, however often the bot died")
			.isEqualTo(CITIZENS);
		assertThat(stored.updateIds()).as("every update taken in")
			.containsAll(citizens.stream().flatMap(c -> c.updateIds().stream()).map(Integer::longValue).toList());
		log("done: %d replies sent for %d updates", repliesReceived(citizens),
				citizens.stream().mapToInt(c -> c.updateIds().size()).sum());
	}

	private ChildApp startBot(int number) {
		ChildApp app = ChildApp.start("telegram-" + number,
				List.of("--mitreden.data-dir=" + this.dataDir, "--server.port=0",
						"--mitreden.telegram.bot-token=" + FakeBotApi.TOKEN,
						"--mitreden.telegram.bot-username=" + FakeBotApi.BOT_USERNAME,
						"--mitreden.telegram.api-url=" + this.api.url(),
						"--mitreden.admin.password=hard-kill-test-password"));
		this.apps.add(app);
		log("bot process %d started (pid %d)", number, app.pid());
		return app;
	}

	/**
	 * Waits for {@code replies} replies, then kills the bot as soon as one of the first
	 * {@value #EARLY_REPLIES} replies of a new batch contains {@code text}. Replies go out only after
	 * the batch's commit, so the batch is committed, some people have their answer, the batch is not
	 * confirmed, and the commit is most likely younger than H2's default write delay (500 ms): a
	 * database that does not write each commit at once loses it here. If that moment does not come
	 * within 10 s, it kills anyway.
	 */
	private void killSoonAfterABatchBegan(ChildApp app, List<TelegramCitizen> citizens, int replies, String text) {
		this.api.await(() -> repliesReceived(citizens) >= replies, Duration.ofSeconds(60), replies + " replies");
		FreshBatch fresh = new FreshBatch(citizens, text);
		boolean aimed = true;
		try {
			this.api.await(fresh::repliedSoonAfterItBegan, Duration.ofSeconds(10), "a reply early in a batch");
		}
		catch (AssertionError ex) {
			aimed = false;
		}
		app.killHard();
		log("bot killed after %d replies, %s", repliesReceived(citizens),
				aimed ? "right after a reply early in a batch" : "at no particular moment");
	}

	private static int repliesReceived(List<TelegramCitizen> citizens) {
		return citizens.stream().mapToInt(TelegramCitizen::repliesReceived).sum();
	}

	/**
	 * Watches the fake server: a higher offset confirms the last batch and hands out the next, so it
	 * marks the start of a batch; tells when a reply with the text came soon after that.
	 */
	private final class FreshBatch {

		private final List<TelegramCitizen> citizens;

		private final String text;

		private int offset;

		private int matchingWhenBegan;

		private int allWhenBegan;

		FreshBatch(List<TelegramCitizen> citizens, String text) {
			this.citizens = citizens;
			this.text = text;
			this.offset = latestOffset();
		}

		private int latestOffset() {
			return HardKillTelegramTest.this.api.offsets().stream().max(Integer::compare).orElse(0);
		}

		boolean repliedSoonAfterItBegan() {
			int latest = latestOffset();
			int matching = this.citizens.stream().mapToInt(c -> c.repliesContaining(this.text)).sum();
			int all = repliesReceived(this.citizens);
			if (latest != this.offset) {
				this.offset = latest;
				this.matchingWhenBegan = matching;
				this.allWhenBegan = all;
				return false;
			}
			return matching > this.matchingWhenBegan && all - this.allWhenBegan <= EARLY_REPLIES;
		}

	}

	/**
	 * Reads the killed bot's database file and checks it against what the people saw and what the
	 * fake server counts as confirmed (every update below the highest offset asked for).
	 */
	private StoredData checkRightAfterKill(String when, List<TelegramCitizen> citizens) {
		Set<String> thanked = new HashSet<>();
		citizens.forEach(c -> thanked.addAll(c.acknowledged()));
		long consented = citizens.stream().filter(TelegramCitizen::consented).count();
		int confirmedBelow = this.api.offsets().stream().max(Integer::compare).orElse(0);
		List<Integer> updates = citizens.stream().flatMap(c -> c.updateIds().stream()).sorted().toList();
		List<Integer> confirmed = updates.stream().filter(id -> id < confirmedBelow).toList();
		List<Integer> pending = updates.stream().filter(id -> id >= confirmedBelow).toList();
		Map<Integer, String> thoughts = thoughtsByUpdate(citizens);
		StoredData stored = StoredData.read(this.dataDir);

		assertThat(notStoredOnce(thanked, stored)).as("%s: thanked for, but not stored exactly once", when).isEmpty();
		assertThat(stored.respondents()).as("%s: people shown question 1 after agreeing, all stored as respondents",
				when)
			.isGreaterThanOrEqualTo((int) consented);
		assertThat(confirmed).as("%s: confirmed updates not taken in", when)
			.filteredOn(id -> !stored.updateIds().contains(id.longValue()))
			.isEmpty();
		List<String> confirmedThoughts = confirmed.stream().filter(thoughts::containsKey).map(thoughts::get).toList();
		assertThat(notStoredOnce(confirmedThoughts, stored)).as("%s: confirmed thoughts not stored exactly once", when)
			.isEmpty();
		assertThat(stored.answerCounts()).as("%s: answers stored more than once", when)
			.allSatisfy((answer, times) -> assertThat(times).isOne());

		List<Integer> takenInNotConfirmed = pending.stream().filter(id -> stored.updateIds().contains(id.longValue())).toList();
		log("%s: %d updates confirmed, %d queued unconfirmed (%d of them already taken in: their redelivery "
				+ "must not apply them again), %d consents and %d thoughts answered, %d respondents and %d answers in the "
				+ "file", when, confirmed.size(), pending.size(),
				takenInNotConfirmed.size(), consented, thanked.size(), stored.respondents(), stored.answerRows());
		if (!when.equals("final kill")) {
			assertThat(confirmed).as("%s came after some batches were confirmed", when).isNotEmpty();
			assertThat(pending).as("%s came while updates waited for confirmation", when).isNotEmpty();
		}
		return stored;
	}

	private static List<String> notStoredOnce(Collection<String> answers, StoredData stored) {
		return answers.stream().filter(answer -> stored.timesStored(answer) != 1).toList();
	}

	private static Map<Integer, String> thoughtsByUpdate(List<TelegramCitizen> citizens) {
		Map<Integer, String> all = new java.util.HashMap<>();
		citizens.forEach(c -> all.putAll(c.thoughtsByUpdate()));
		return all;
	}

	private static void assertEveryoneGotEveryReply(List<TelegramCitizen> citizens) {
		List<Throwable> failures = citizens.stream()
			.map(TelegramCitizen::failure)
			.filter(java.util.Objects::nonNull)
			.toList();
		assertThat(failures).as("people who waited in vain for an answer").isEmpty();
		assertThat(citizens).allSatisfy(citizen -> assertThat(citizen.finished()).isTrue());
	}

	private void log(String format, Object... args) {
		long millis = Duration.ofNanos(System.nanoTime() - this.startNanos).toMillis();
		System.out.printf("[hard-kill %5d ms] %s%n", millis, String.format(format, args));
	}

}
