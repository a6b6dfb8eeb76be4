package de.mitreden.telegram;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health} reports DOWN once long polling has ended (the library's own
 * {@code isRunning()} stays true after polling died), so a supervisor can restart the process.
 * Before the first start it reports UNKNOWN.
 */
final class TelegramHealth implements HealthIndicator {

	private final TelegramPolling polling;

	TelegramHealth(TelegramPolling polling) {
		this.polling = polling;
	}

	@Override
	public Health health() {
		return switch (this.polling.state()) {
			case POLLING -> Health.up().build();
			case STARTING -> Health.unknown().withDetail("telegram", "starting").build();
			case ENDED -> Health.down().withDetail("telegram", "long polling has ended").build();
		};
	}

}
