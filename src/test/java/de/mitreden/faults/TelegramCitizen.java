package de.mitreden.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import de.mitreden.telegram.fake.FakeBotApi;
import de.mitreden.telegram.fake.SentMessage;
import de.mitreden.telegram.fake.TgUser;

/**
 * One person walking the start of the dialogue over Telegram, as people do: each message only after
 * the bot answered the previous one. A step waits as long as a restart takes, so the walk goes on
 * across a killed and restarted bot. Records which update ids it caused and which of its written
 * thoughts the bot acknowledged ("Danke!").
 */
final class TelegramCitizen implements Runnable {

	/** Long enough for a killed bot to be started again (a JVM start on a busy machine). */
	private static final Duration STEP_TIMEOUT = Duration.ofSeconds(50);

	private static final String CONSENT = "c";

	/** Held while an update is built and queued; see {@link #enqueue}. */
	private static final Object ENQUEUEING = new Object();

	private final FakeBotApi api;

	private final TgUser user;

	private final List<Integer> updateIds = Collections.synchronizedList(new ArrayList<>());

	private final Map<Integer, String> thoughtsByUpdate = Collections.synchronizedMap(new LinkedHashMap<>());

	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	private volatile boolean consented;

	private volatile boolean finished;

	private volatile Throwable failure;

	TelegramCitizen(FakeBotApi api, long id) {
		this.api = api;
		this.user = new TgUser(id, "Kill" + id, "Testperson", "kill_" + id, "de");
	}

	@Override
	public void run() {
		try {
			send("/start", hasButton(CONSENT), "the welcome with the consent button");
			consent();
			think(1);
			press("m:0", "Schreiben Sie Ihren nächsten Gedanken");
			think(2);
			press("n:0", "Frage 2 von 7");
			this.finished = true;
		}
		catch (Throwable ex) {
			this.failure = ex;
		}
	}

	/**
	 * Agrees. Before agreeing nothing about a person is stored, so a restart in between shows the
	 * welcome again (the dialogue starts over): then the person presses again, as anyone would.
	 */
	private void consent() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			List<SentMessage> replies = pressAndAwait(CONSENT,
					hasText("Frage 1 von 7").or(hasButton(CONSENT)), "question 1 or the welcome again");
			if (replies.stream().anyMatch(hasText("Frage 1 von 7"))) {
				this.consented = true;
				return;
			}
		}
		throw new AssertionError(this + ": never got past the consent: " + texts());
	}

	private void think(int number) {
		String thought = "Gedanke " + this.user.id() + "-" + number + ": beim Hafenfest";
		int before = this.api.sentTo(this.user.id()).size();
		synchronized (ENQUEUEING) {
			int updateId = enqueue(this.api.messageUpdate(this.user, thought));
			this.thoughtsByUpdate.put(updateId, thought);
		}
		awaitReply(before, hasText("Danke!"), "the thanks for thought " + number);
		this.acknowledged.add(thought);
	}

	private void send(String text, Predicate<SentMessage> reply, String what) {
		int before = this.api.sentTo(this.user.id()).size();
		synchronized (ENQUEUEING) {
			enqueue(this.api.messageUpdate(this.user, text));
		}
		awaitReply(before, reply, what);
	}

	/**
	 * Queues an update at the fake server. Callers hold {@link #ENQUEUEING} while they build and
	 * queue it: like Telegram, the queue must get ids in rising order, or a confirmation (offset =
	 * highest id + 1) would drop an update built earlier but queued later.
	 */
	private int enqueue(Map<String, Object> update) {
		int updateId = (Integer) update.get("update_id");
		this.updateIds.add(updateId);
		this.api.enqueue(update);
		return updateId;
	}

	private void press(String data, String replyText) {
		pressAndAwait(data, hasText(replyText), "'" + replyText + "'");
	}

	private List<SentMessage> pressAndAwait(String data, Predicate<SentMessage> reply, String what) {
		SentMessage message = latestWithButton(data);
		int before = this.api.sentTo(this.user.id()).size();
		synchronized (ENQUEUEING) {
			enqueue(this.api.pressUpdate(this.user, message.messageId(), data));
		}
		return awaitReply(before, reply, what);
	}

	private List<SentMessage> awaitReply(int before, Predicate<SentMessage> reply, String what) {
		try {
			this.api.await(() -> this.api.sentSince(this.user.id(), before).stream().anyMatch(reply), STEP_TIMEOUT,
					what);
		}
		catch (AssertionError ex) {
			throw new AssertionError(this + " " + ex.getMessage() + "; the bot sent this person: " + texts(), ex);
		}
		return this.api.sentSince(this.user.id(), before);
	}

	private SentMessage latestWithButton(String data) {
		List<SentMessage> sent = this.api.sentTo(this.user.id());
		for (int i = sent.size() - 1; i >= 0; i--) {
			if (hasButton(data).test(sent.get(i))) {
				return sent.get(i);
			}
		}
		throw new AssertionError(this + ": no message with button " + data + " in " + texts());
	}

	private static Predicate<SentMessage> hasButton(String data) {
		return message -> message.allButtons().stream().anyMatch(button -> button.data().equals(data));
	}

	private static Predicate<SentMessage> hasText(String text) {
		return message -> message.text().contains(text);
	}

	private List<String> texts() {
		return this.api.sentTo(this.user.id())
			.stream()
			.map(message -> message.text().lines().findFirst().orElse(""))
			.toList();
	}

	// ---- what the test reads ----

	int repliesReceived() {
		return this.api.sentTo(this.user.id()).size();
	}

	int repliesContaining(String text) {
		return (int) this.api.sentTo(this.user.id()).stream().filter(hasText(text)).count();
	}

	List<Integer> updateIds() {
		synchronized (this.updateIds) {
			return List.copyOf(this.updateIds);
		}
	}

	Map<Integer, String> thoughtsByUpdate() {
		synchronized (this.thoughtsByUpdate) {
			return Map.copyOf(this.thoughtsByUpdate);
		}
	}

	Set<String> acknowledged() {
		return Set.copyOf(this.acknowledged);
	}

	/** Whether the bot answered this person's consent with the first question. */
	boolean consented() {
		return this.consented;
	}

	boolean finished() {
		return this.finished;
	}

	Throwable failure() {
		return this.failure;
	}

	@Override
	public String toString() {
		return "citizen " + this.user.id();
	}

}
