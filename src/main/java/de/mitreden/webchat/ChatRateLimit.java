package de.mitreden.webchat;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps one browser from flooding the dialogue (a script sending thousands of messages): each
 * browser id has a bucket of {@code burst} messages that refills at {@code perMinute}. A person
 * typing and tapping never comes near it. Buckets live in memory only, keyed by the random browser
 * id; no IP address is used or kept.
 */
@Component
class ChatRateLimit {

	private final Cache<String, Bucket> buckets;

	private final Ticker ticker;

	private final int burst;

	private final double perNano;

	@Autowired
	ChatRateLimit(WebChatSettings settings) {
		this(settings.rateLimit(), Ticker.systemTicker());
	}

	ChatRateLimit(WebChatSettings.RateLimit limit, Ticker ticker) {
		this.ticker = ticker;
		this.burst = limit.burst();
		this.perNano = limit.perMinute() / (double) Duration.ofMinutes(1).toNanos();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(200_000)
			.expireAfterAccess(Duration.ofMinutes(30))
			.ticker(ticker)
			.build();
	}

	/** True if this browser may send one more message now. */
	boolean tryAcquire(String browserId) {
		return this.buckets.get(browserId, (id) -> new Bucket(this.burst, this.ticker.read()))
			.tryTake(this.ticker.read(), this.burst, this.perNano);
	}

	/** Tokens left and when they were last counted; refilled lazily on each take. */
	private static final class Bucket {

		private double tokens;

		private long countedAt;

		Bucket(int burst, long now) {
			this.tokens = burst;
			this.countedAt = now;
		}

		synchronized boolean tryTake(long now, int burst, double perNano) {
			this.tokens = Math.min(burst, this.tokens + (now - this.countedAt) * perNano);
			this.countedAt = now;
			if (this.tokens < 1) {
				return false;
			}
			this.tokens -= 1;
			return true;
		}

	}

}
