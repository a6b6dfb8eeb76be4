package de.mitreden.answers;

import java.util.Objects;

/**
 * The anonymous key of one participant: hex HMAC-SHA-256 of the transport's id. It links a returning
 * participant to their state and is never shown in exports (answers carry a random respondent number).
 */
public record ParticipantKey(String hash) {

	public ParticipantKey {
		Objects.requireNonNull(hash, "hash");
		if (hash.length() != 64) {
			throw new IllegalArgumentException("A participant key is 64 hex digits");
		}
	}

	/** Shortened, so that logs cannot be joined to the participant table. */
	@Override
	public String toString() {
		return "ParticipantKey[" + this.hash.substring(0, 6) + "…]";
	}

}
