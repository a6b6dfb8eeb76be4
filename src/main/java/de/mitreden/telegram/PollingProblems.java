package de.mitreden.telegram;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in the log why polling fails, without the URL (it holds the bot token) or any content:
 * the HTTP status, with a hint for the ones an operator can fix.
 */
final class PollingProblems implements Interceptor {

	private static final Logger log = LoggerFactory.getLogger(PollingProblems.class);

	@Override
	public Response intercept(Chain chain) throws IOException {
		try {
			Response response = chain.proceed(chain.request());
			if (!response.isSuccessful()) {
				log.warn("Telegram answered {} with HTTP {}{}", method(chain), response.code(), hint(response.code()));
			}
			return response;
		}
		catch (IOException ex) {
			log.warn("Telegram: {} did not reach the Bot API server ({})", method(chain), ex.getClass().getSimpleName());
			throw ex;
		}
	}

	private static String method(Chain chain) {
		var segments = chain.request().url().pathSegments();
		return segments.get(segments.size() - 1);
	}

	private static String hint(int status) {
		return switch (status) {
			case 401, 404 -> ": the bot token is wrong (TELEGRAM_BOT_TOKEN)";
			case 409 -> ": another process polls this bot token (only one may), or a webhook is set";
			default -> "";
		};
	}

}
