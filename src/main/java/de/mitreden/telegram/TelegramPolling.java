package de.mitreden.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.mitreden.dialogue.DialogueEngine;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the bot once the application is ready (the database is migrated, the web chat is up):
 * learns its username, registers the command menu in every language, and starts long polling.
 * On shutdown it lets the running batch finish before polling stops.
 */
final class TelegramPolling implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	/** The update types the bot uses; Telegram does not send the others at all. */
	static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "channel_post", "callback_query",
			"my_chat_member");

	private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

	private final TelegramSettings settings;

	private final TelegramCalls calls;

	private final DialogueEngine engine;

	private final BotIdentity identity;

	private final BatchConsumer consumer;

	private final OkHttpClient pollingHttp;

	private final ScheduledExecutorService pollingThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "telegram-polling");
		thread.setDaemon(true);
		return thread;
	});

	private TelegramBotsLongPollingApplication polling;

	private volatile BotSession session;

	TelegramPolling(TelegramSettings settings, TelegramCalls calls, DialogueEngine engine, BotIdentity identity,
			BatchConsumer consumer, OkHttpClient pollingHttp) {
		this.settings = settings;
		this.calls = calls;
		this.engine = engine;
		this.identity = identity;
		this.consumer = consumer;
		this.pollingHttp = pollingHttp;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String username = username();
		this.identity.setUsername(username);
		registerCommandMenu();
		this.polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> this.pollingHttp,
				() -> this.pollingThread, CappedBackOff::new);
		startPolling(username, 0);
	}

	/** Whether polling runs; the library's {@code isRunning()} stays true after polling died. */
	State state() {
		BotSession current = this.session;
		if (current == null || current.getRunningPolling() == null) {
			return State.STARTING;
		}
		return current.getRunningPolling().isDone() ? State.ENDED : State.POLLING;
	}

	enum State {
		STARTING, POLLING, ENDED
	}

	private String username() {
		if (!this.settings.botUsername().isEmpty()) {
			return this.settings.botUsername();
		}
		try {
			return this.calls.send(new GetMe(), deadlineIn(Duration.ofSeconds(30))).getUserName();
		}
		catch (TelegramCalls.CallFailed ex) {
			log.warn("Telegram: could not ask for the bot's username ({}); set TELEGRAM_BOT_USERNAME for t.me links",
					ex.getMessage());
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private void registerCommandMenu() {
		for (String language : this.engine.languages()) {
			setCommands(language, language);
		}
		setCommands(this.engine.resolveLanguage(null), null);
	}

	private void setCommands(String language, String telegramLanguageCode) {
		List<BotCommand> commands = this.engine.commandMenu(language)
			.stream()
			.map(command -> new BotCommand(command.name(), command.description()))
			.toList();
		SetMyCommands menu = SetMyCommands.builder()
			.commands(commands)
			.scope(new BotCommandScopeAllPrivateChats())
			.languageCode(telegramLanguageCode)
			.build();
		try {
			this.calls.send(menu, deadlineIn(Duration.ofSeconds(10)));
		}
		catch (TelegramCalls.CallFailed ex) {
			log.warn("Telegram: command menu for '{}' not set: {}", language, ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Starts polling; if Telegram cannot be reached yet, tries again later (the web chat runs meanwhile). */
	private void startPolling(String username, int failures) {
		try {
			this.session = this.polling.registerBot(this.settings.botToken(), this.settings::telegramUrl,
					new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), this.consumer);
			log.info("Telegram: bot @{} is polling {} for messages", username, this.settings.telegramUrl().getHost());
		}
		catch (TelegramApiException ex) {
			forget();
			long pause = Math.min(CappedBackOff.MAX_MILLIS, CappedBackOff.FIRST_MILLIS << Math.min(failures, 10));
			log.warn("Telegram: could not start polling ({}); trying again in {} ms", ex.getClass().getSimpleName(),
					pause);
			this.pollingThread.schedule(() -> startPolling(username, failures + 1), pause, TimeUnit.MILLISECONDS);
		}
	}

	private void forget() {
		try {
			this.polling.unregisterBot(this.settings.botToken());
		}
		catch (TelegramApiException ex) {
			// Not registered: nothing to forget.
		}
	}

	@Override
	public void destroy() throws Exception {
		this.consumer.stopAfterCurrentBatch(SHUTDOWN_GRACE);
		if (this.polling != null) {
			this.polling.close();
		}
		this.pollingThread.shutdownNow();
	}

	private static long deadlineIn(Duration duration) {
		return System.nanoTime() + duration.toNanos();
	}

}
