package de.mitreden.webchat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatRateLimitTest {

	private final AtomicLong now = new AtomicLong();

	private final ChatRateLimit limit = new ChatRateLimit(new WebChatSettings.RateLimit(3, 60), this.now::get);

	@Test
	void aBrowserMaySendAQuickRowUpToTheBurst() {
		assertThat(this.limit.tryAcquire("a")).isTrue();
		assertThat(this.limit.tryAcquire("a")).isTrue();
		assertThat(this.limit.tryAcquire("a")).isTrue();

		assertThat(this.limit.tryAcquire("a")).as("the fourth message in the same instant").isFalse();
	}

	@Test
	void theBucketRefillsWithTime() {
		for (int i = 0; i < 3; i++) {
			this.limit.tryAcquire("a");
		}
		this.now.addAndGet(Duration.ofSeconds(1).toNanos());

		assertThat(this.limit.tryAcquire("a")).as("60 per minute: one more after a second").isTrue();
		assertThat(this.limit.tryAcquire("a")).isFalse();
	}

	@Test
	void oneBrowserDoesNotSlowDownAnother() {
		for (int i = 0; i < 5; i++) {
			this.limit.tryAcquire("flooding");
		}

		assertThat(this.limit.tryAcquire("someone-else")).isTrue();
	}

}
