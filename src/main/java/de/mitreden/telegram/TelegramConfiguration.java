package de.mitreden.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import de.mitreden.conversation.Conversations;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the Telegram bot; only with a bot token (see {@link TelegramOffNotice} otherwise). */
@Configuration(proxyBeanMethods = false)
@Conditional(BotTokenCondition.class)
@EnableScheduling
class TelegramConfiguration {

	/** Chats served at the same time while a batch's replies go out. */
	private static final int SENDING_THREADS = 8;

	/** How long one batch's replies may take (429 pauses included) before polling goes on. */
	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

	private static final int MESSAGES_PER_SECOND = 30;

	@Bean
	GroupNotices telegramGroupNotices() {
		return new GroupNotices();
	}

	@Bean
	BotIdentity telegramBotIdentity() {
		return new BotIdentity();
	}

	@Bean
	UpdateLog telegramUpdateLog(JdbcTemplate jdbc) {
		return new UpdateLog(jdbc);
	}

	@Bean
	UpdatePruning telegramUpdatePruning(UpdateLog updateLog) {
		return new UpdatePruning(updateLog, Clock.systemDefaultZone());
	}

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService telegramSendingThreads() {
		return Executors.newFixedThreadPool(SENDING_THREADS, namedDaemons("telegram-send-"));
	}

	@Bean
	TelegramCalls telegramCalls(TelegramSettings settings) {
		// No silent retries: a message could arrive twice. TelegramCalls decides every retry.
		OkHttpClient sending = new OkHttpClient.Builder().retryOnConnectionFailure(false)
			.dispatcher(dispatcher())
			.connectTimeout(Duration.ofSeconds(10))
			.readTimeout(Duration.ofSeconds(30))
			.writeTimeout(Duration.ofSeconds(30))
			.build();
		var client = new OkHttpTelegramClient(sending, settings.botToken(), settings.telegramUrl());
		return new TelegramCalls(client, new SendRateLimit(MESSAGES_PER_SECOND));
	}

	@Bean
	BatchConsumer telegramBatchConsumer(TelegramSettings settings, UpdateLog updateLog, Conversations conversations,
			GroupNotices groupNotices, BotIdentity identity, TelegramCalls calls,
			ExecutorService telegramSendingThreads, PlatformTransactionManager transactionManager,
			ConfigurableApplicationContext context) {
		var intake = new BatchIntake(updateLog, new ReplyCodec(), conversations, groupNotices, identity,
				Clock.systemDefaultZone());
		return new BatchConsumer(intake, updateLog, new TransactionTemplate(transactionManager),
				new DatabaseRetry(settings.databaseOutageLimit()), new ReplySender(calls, telegramSendingThreads),
				groupNotices, SEND_TIMEOUT, () -> exit(context));
	}

	@Bean
	TelegramPolling telegramPolling(TelegramSettings settings, TelegramCalls calls, Conversations conversations,
			BotIdentity identity, BatchConsumer consumer) {
		// Long polling holds a request open for up to 50 s: the read timeout must be longer.
		OkHttpClient polling = new OkHttpClient.Builder().addInterceptor(new PollingProblems())
			.connectTimeout(Duration.ofSeconds(30))
			.readTimeout(Duration.ofSeconds(75))
			.writeTimeout(Duration.ofSeconds(30))
			.build();
		return new TelegramPolling(settings, calls, conversations.engine(), identity, consumer, polling);
	}

	@Bean
	TelegramHealth telegramHealthIndicator(TelegramPolling polling) {
		return new TelegramHealth(polling);
	}

	private static Dispatcher dispatcher() {
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(SENDING_THREADS * 2);
		dispatcher.setMaxRequestsPerHost(SENDING_THREADS * 2);
		return dispatcher;
	}

	/** Stops the whole process (from another thread: closing the context waits for the poller). */
	private static void exit(ConfigurableApplicationContext context) {
		Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 3)), "telegram-exit");
		exit.start();
	}

	private static ThreadFactory namedDaemons(String prefix) {
		AtomicInteger number = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
