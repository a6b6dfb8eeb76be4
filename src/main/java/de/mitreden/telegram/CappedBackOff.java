package de.mitreden.telegram;

import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The pause after a failed getUpdates: doubles from half a second up to one minute. The library's
 * own backoff can sleep for 15 minutes after a long outage, during which nobody gets an answer.
 * The library's own error log is switched off (it prints whole exception chains); this logs the
 * failure without any content.
 */
final class CappedBackOff implements BackOff {

	private static final Logger log = LoggerFactory.getLogger(CappedBackOff.class);

	static final long FIRST_MILLIS = 500;

	static final long MAX_MILLIS = 60_000;

	private long next = FIRST_MILLIS;

	@Override
	public void reset() {
		this.next = FIRST_MILLIS;
	}

	@Override
	public long nextBackOffMillis() {
		long pause = this.next + ThreadLocalRandom.current().nextLong(this.next / 4 + 1);
		this.next = Math.min(this.next * 2, MAX_MILLIS);
		pause = Math.min(pause, MAX_MILLIS);
		log.warn("Telegram: getUpdates failed; trying again in {} ms", pause);
		return pause;
	}

}
