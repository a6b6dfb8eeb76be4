package de.mitreden.telegram;

import java.io.Serializable;
import java.net.ConnectException;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One Bot API call with the retries Telegram needs: on 429 wait {@code retry_after} and try again;
 * on a server error or a lost connection try a few times with a growing pause; on 403 (the person
 * blocked the bot) and other 4xx give up at once. The HTTP client does not retry by itself (a
 * message could arrive twice), so every retry is decided here. Failures are logged with the
 * method and the error code only: never a chat id or a text.
 */
final class TelegramCalls {

	private static final Logger log = LoggerFactory.getLogger(TelegramCalls.class);

	private static final int MAX_ATTEMPTS = 4;

	private static final long FIRST_PAUSE_MILLIS = 250;

	private final TelegramClient client;

	private final SendRateLimit rateLimit;

	TelegramCalls(TelegramClient client, SendRateLimit rateLimit) {
		this.client = client;
		this.rateLimit = rateLimit;
	}

	/** Calls Telegram, counted against the overall message rate. */
	<T extends Serializable> T send(BotApiMethod<T> method, long deadlineNanos) throws CallFailed, InterruptedException {
		long pause = FIRST_PAUSE_MILLIS;
		for (int attempt = 1;; attempt++) {
			this.rateLimit.awaitTurn();
			try {
				return this.client.execute(method);
			}
			catch (TelegramApiRequestException ex) {
				long wait = waitBeforeRetry(ex, pause);
				if (wait < 0 || attempt >= MAX_ATTEMPTS || !before(deadlineNanos, wait)) {
					throw failed(method, ex);
				}
				Thread.sleep(wait);
			}
			catch (TelegramApiException ex) {
				if (has(ex, InterruptedException.class)) {
					throw new InterruptedException("Telegram call interrupted");
				}
				if (has(ex, TelegramApiValidationException.class) || attempt >= maxAttemptsAfterNetworkFailure(ex)
						|| !before(deadlineNanos, pause)) {
					throw failed(method, ex);
				}
				Thread.sleep(pause);
			}
			pause *= 2;
		}
	}

	/** Milliseconds to wait before the next try, or -1 if trying again cannot help. */
	private static long waitBeforeRetry(TelegramApiRequestException ex, long pause) {
		Integer code = ex.getErrorCode();
		if (code != null && code == 429) {
			Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
			return (retryAfter != null) ? retryAfter * 1000L + 50 : pause;
		}
		return (code == null || code >= 500) ? pause : -1;
	}

	/**
	 * A request that never reached the server (no connection) can be repeated safely; after a
	 * timeout or a broken connection the message may have arrived, so it is tried once more only:
	 * a message seen twice is better than a question never seen.
	 */
	private static int maxAttemptsAfterNetworkFailure(TelegramApiException ex) {
		boolean neverSent = has(ex, ConnectException.class) || has(ex, UnknownHostException.class);
		return neverSent ? MAX_ATTEMPTS : 2;
	}

	private static boolean has(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean before(long deadlineNanos, long waitMillis) {
		return deadlineNanos - (System.nanoTime() + waitMillis * 1_000_000) > 0;
	}

	private static CallFailed failed(BotApiMethod<?> method, TelegramApiException ex) {
		Integer code = (ex instanceof TelegramApiRequestException request) ? request.getErrorCode() : null;
		String description = (ex instanceof TelegramApiRequestException request) ? request.getApiResponse() : null;
		return new CallFailed(method.getMethod(), code, description, ex.getClass().getSimpleName());
	}

	/**
	 * A call that did not succeed. Carries Telegram's error code and description (Telegram's
	 * descriptions name the problem, never the person), not the request.
	 */
	static final class CallFailed extends Exception {

		private final Integer errorCode;

		private final String description;

		CallFailed(String method, Integer errorCode, String description, String kind) {
			super(method + " failed: " + ((errorCode != null) ? "error " + errorCode : kind), null, false, false);
			this.errorCode = errorCode;
			this.description = (description != null) ? description : "";
		}

		boolean blocked() {
			return this.errorCode != null && this.errorCode == 403;
		}

		boolean notModified() {
			return this.errorCode != null && this.errorCode == 400 && this.description.contains("not modified");
		}

		void log() {
			if (!blocked()) {
				log.warn("Telegram: {}", getMessage());
			}
		}

	}

}
