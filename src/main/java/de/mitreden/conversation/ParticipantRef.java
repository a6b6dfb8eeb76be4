package de.mitreden.conversation;

import java.util.Objects;

/**
 * A participant as a transport knows them.
 *
 * @param transport the transport the input came through
 * @param externalId the raw Telegram user id or the web chat's random browser id. It is hashed at
 * once and never stored or logged; {@link #toString()} leaves it out.
 */
public record ParticipantRef(Transport transport, String externalId) {

	public ParticipantRef {
		Objects.requireNonNull(transport, "transport");
		if (externalId == null || externalId.isBlank()) {
			throw new IllegalArgumentException("A participant needs an id");
		}
	}

	@Override
	public String toString() {
		return "ParticipantRef[transport=" + this.transport + ", externalId=<redacted>]";
	}

}
