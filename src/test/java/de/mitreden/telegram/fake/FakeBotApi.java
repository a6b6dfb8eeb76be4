package de.mitreden.telegram.fake;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake Telegram Bot API server on loopback for tests: the real TelegramBots client polls it and
 * sends to it. Tests enqueue updates (what a citizen does) and read what the bot sent. It follows
 * Telegram's rules where they matter here: an update stays queued until a getUpdates with a higher
 * offset confirms it; method names in paths are matched in lower case.
 */
public final class FakeBotApi implements AutoCloseable {

	public static final String TOKEN = "123456789:TEST-token-for-the-fake-bot-api";

	public static final String BOT_USERNAME = "mitreden_test_bot";

	static final long BOT_ID = 123456789L;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LoopbackHttpServer http;

	private final Object lock = new Object();

	private final List<Map<String, Object>> queue = new ArrayList<>();

	private final List<Integer> offsets = new ArrayList<>();

	private final List<SentMessage> sent = new ArrayList<>();

	private final List<String> answeredPresses = new ArrayList<>();

	private final Map<String, List<String>> commandMenus = new LinkedHashMap<>();

	private final AtomicInteger nextUpdateId = new AtomicInteger(500_000);

	private final AtomicInteger nextMessageId = new AtomicInteger(1000);

	private final AtomicInteger nextPressId = new AtomicInteger(1);

	private final java.util.Set<Long> blockedBy = new java.util.HashSet<>();

	private int tooManyRequests;

	private int retryAfterSeconds;

	private volatile long idlePollMillis = 100;

	private FakeBotApi() throws IOException {
		this.http = new LoopbackHttpServer(this::handle);
	}

	public static FakeBotApi start() {
		try {
			return new FakeBotApi();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The value for {@code mitreden.telegram.api-url}. */
	public String url() {
		return "http://127.0.0.1:" + this.http.port();
	}

	// ---- what a citizen does ----

	public int send(TgUser user, String text) {
		return enqueue(messageUpdate(user, text));
	}

	/** A message with a photo, voice, video, sticker, document, location, contact or poll. */
	public int sendMedia(TgUser user, String kind) {
		return enqueue(mediaUpdate(user, kind));
	}

	public int press(TgUser user, int messageId, String data) {
		return enqueue(pressUpdate(user, messageId, data));
	}

	public int sendInGroup(TgUser user, long groupId, String type, String text) {
		return enqueue(groupUpdate(user, groupId, type, text));
	}

	public int postInChannel(long channelId, String text) {
		return enqueue(channelPostUpdate(channelId, text));
	}

	public int addBotToGroup(TgUser user, long groupId) {
		return enqueue(update("my_chat_member", Updates.botAdded(user, groupId, BOT_ID, BOT_USERNAME)));
	}

	// ---- updates, built but not queued (each with a fresh update_id) ----

	public Map<String, Object> messageUpdate(TgUser user, String text) {
		return update("message", Updates.privateMessage(this.nextMessageId.incrementAndGet(), user, text));
	}

	public Map<String, Object> editedMessageUpdate(TgUser user, String text) {
		return update("edited_message", Updates.privateMessage(this.nextMessageId.incrementAndGet(), user, text));
	}

	public Map<String, Object> mediaUpdate(TgUser user, String kind) {
		return update("message", Updates.privateMedia(this.nextMessageId.incrementAndGet(), user, kind));
	}

	public Map<String, Object> pressUpdate(TgUser user, int messageId, String data) {
		return update("callback_query",
				Updates.press("press-" + this.nextPressId.incrementAndGet(), user, messageId, data, BOT_ID));
	}

	public Map<String, Object> groupUpdate(TgUser user, long groupId, String type, String text) {
		return update("message", Updates.groupMessage(this.nextMessageId.incrementAndGet(), user, groupId, type, text));
	}

	public Map<String, Object> channelPostUpdate(long channelId, String text) {
		return update("channel_post", Updates.channelPost(this.nextMessageId.incrementAndGet(), channelId, text));
	}

	private Map<String, Object> update(String kind, Map<String, Object> content) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("update_id", this.nextUpdateId.incrementAndGet());
		update.put(kind, content);
		return update;
	}

	public int enqueue(Map<String, Object> update) {
		synchronized (this.lock) {
			this.queue.add(update);
			this.lock.notifyAll();
		}
		return (Integer) update.get("update_id");
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	// ---- waiting ----

	/** Waits until the bot confirmed the update (asked for updates after it), i.e. it is done with it. */
	public void awaitConfirmed(int updateId) {
		await(() -> this.offsets.stream().anyMatch(offset -> offset > updateId), Duration.ofSeconds(20),
				"update " + updateId + " confirmed");
	}

	public void await(BooleanSupplier condition, Duration timeout, String what) {
		long end = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (!condition.getAsBoolean()) {
				long left = end - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("timed out waiting for: " + what);
				}
				try {
					this.lock.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted", ex);
				}
			}
		}
	}

	// ---- what the bot did ----

	public List<SentMessage> sentTo(long chatId) {
		synchronized (this.lock) {
			return this.sent.stream().filter(message -> message.chatId() == chatId).toList();
		}
	}

	public List<SentMessage> sentSince(long chatId, int count) {
		List<SentMessage> all = sentTo(chatId);
		return all.subList(Math.min(count, all.size()), all.size());
	}

	public List<String> answeredPresses() {
		synchronized (this.lock) {
			return List.copyOf(this.answeredPresses);
		}
	}

	public Map<String, List<String>> commandMenus() {
		synchronized (this.lock) {
			return Map.copyOf(this.commandMenus);
		}
	}

	public List<Integer> offsets() {
		synchronized (this.lock) {
			return List.copyOf(this.offsets);
		}
	}

	public void forgetSent() {
		synchronized (this.lock) {
			this.sent.clear();
		}
	}

	/** The next {@code count} sendMessage calls answer 429 Too Many Requests with retry_after. */
	public void answerTooManyRequests(int count, int retryAfterSeconds) {
		synchronized (this.lock) {
			this.tooManyRequests = count;
			this.retryAfterSeconds = retryAfterSeconds;
		}
	}

	/** From now on this person has blocked the bot: sends to their chat answer 403. */
	public void blockBot(TgUser user) {
		synchronized (this.lock) {
			this.blockedBy.add(user.id());
		}
	}

	public int refusedAsBlocked() {
		synchronized (this.lock) {
			return this.refusedAsBlocked;
		}
	}

	private int refusedAsBlocked;

	// ---- the HTTP side ----

	private LoopbackHttpServer.Response handle(String path, String body) throws InterruptedException {
		String prefix = "/bot" + TOKEN + "/";
		if (!path.startsWith(prefix)) {
			return error(401, "Unauthorized");
		}
		JsonNode request = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
		// Bot API method names are case-insensitive; the library sends most in lower case, some not.
		String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
		return switch (method) {
			case "getupdates" -> ok(getUpdates(request));
			case "deletewebhook", "setmycommands" -> ok(remember(method, request));
			case "getme" -> ok(Updates.bot(BOT_ID, BOT_USERNAME));
			case "answercallbackquery" -> ok(answerPress(request));
			case "sendmessage" -> sendMessage(request);
			case "editmessagetext", "editmessagereplymarkup" -> ok(edit(request));
			default -> error(404, "Not Found");
		};
	}

	private List<Map<String, Object>> getUpdates(JsonNode request) throws InterruptedException {
		int offset = request.path("offset").asInt(0);
		long end = System.nanoTime() + this.idlePollMillis * 1_000_000;
		synchronized (this.lock) {
			this.offsets.add(offset);
			this.queue.removeIf(update -> (Integer) update.get("update_id") < offset);
			this.lock.notifyAll();
			while (this.queue.isEmpty() && end - System.nanoTime() > 0) {
				this.lock.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
			}
			return List.copyOf(this.queue);
		}
	}

	private Object remember(String method, JsonNode request) {
		if (method.equals("setmycommands")) {
			List<String> commands = new ArrayList<>();
			request.path("commands").forEach(command -> commands.add(command.path("command").asString()));
			synchronized (this.lock) {
				this.commandMenus.put(request.path("language_code").asString(""), commands);
			}
		}
		return true;
	}

	private Object answerPress(JsonNode request) {
		synchronized (this.lock) {
			this.answeredPresses.add(request.path("callback_query_id").asString());
			this.lock.notifyAll();
		}
		return true;
	}

	private LoopbackHttpServer.Response sendMessage(JsonNode request) {
		synchronized (this.lock) {
			if (this.blockedBy.contains(Long.parseLong(request.path("chat_id").asString()))) {
				this.refusedAsBlocked++;
				return error(403, "Forbidden: bot was blocked by the user");
			}
			if (this.tooManyRequests > 0) {
				this.tooManyRequests--;
				return new LoopbackHttpServer.Response(429,
						json(Map.of("ok", false, "error_code", 429, "description",
								"Too Many Requests: retry after " + this.retryAfterSeconds, "parameters",
								Map.of("retry_after", this.retryAfterSeconds))));
			}
		}
		int messageId = this.nextMessageId.incrementAndGet();
		return ok(record("sendmessage", request, messageId));
	}

	private Object edit(JsonNode request) {
		return record("editmessagetext", request, request.path("message_id").asInt());
	}

	private Map<String, Object> record(String method, JsonNode request, int messageId) {
		long chatId = Long.parseLong(request.path("chat_id").asString());
		SentMessage message = new SentMessage(method, chatId, messageId, request.path("text").asString(""),
				buttons(request.path("reply_markup")), System.nanoTime());
		synchronized (this.lock) {
			this.sent.add(message);
			this.lock.notifyAll();
		}
		return Updates.botMessage(messageId, chatId, message.text(), BOT_ID, BOT_USERNAME);
	}

	private static List<List<SentMessage.SentButton>> buttons(JsonNode markup) {
		List<List<SentMessage.SentButton>> rows = new ArrayList<>();
		for (JsonNode row : markup.path("inline_keyboard")) {
			List<SentMessage.SentButton> buttons = new ArrayList<>();
			row.forEach(button -> buttons
				.add(new SentMessage.SentButton(button.path("text").asString(), button.path("callback_data").asString())));
			rows.add(buttons);
		}
		return rows;
	}

	private static LoopbackHttpServer.Response ok(Object result) {
		return new LoopbackHttpServer.Response(200, json(Map.of("ok", true, "result", result)));
	}

	private static LoopbackHttpServer.Response error(int code, String description) {
		return new LoopbackHttpServer.Response(code,
				json(Map.of("ok", false, "error_code", code, "description", description)));
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

}
