package de.mitreden.telegram;

/**
 * Spaces messages out to Telegram's overall limit of about 30 per second; beyond it Telegram
 * answers 429 for a while. Callers wait their turn in the order they ask.
 */
final class SendRateLimit {

	private final long intervalNanos;

	private long nextSlot = System.nanoTime();

	SendRateLimit(int perSecond) {
		this.intervalNanos = 1_000_000_000L / perSecond;
	}

	void awaitTurn() throws InterruptedException {
		long waitNanos = reserve();
		if (waitNanos > 0) {
			Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
		}
	}

	private synchronized long reserve() {
		long now = System.nanoTime();
		long slot = Math.max(now, this.nextSlot);
		this.nextSlot = slot + this.intervalNanos;
		return slot - now;
	}

}
