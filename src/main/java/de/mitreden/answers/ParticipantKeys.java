package de.mitreden.answers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Turns a transport's id of a person (a Telegram user id, a web chat's browser id) into an anonymous
 * {@link ParticipantKey}: HMAC-SHA-256 with a secret that only this server knows, so the stored key
 * cannot be traced back to the person by hashing candidate ids. The id itself is never stored or
 * logged.
 */
@Component
public class ParticipantKeys {

	private static final String ALGORITHM = "HmacSHA256";

	private final Mac prototype;

	ParticipantKeys(StorageSettings settings) {
		this.prototype = newMac(IdSecret.of(settings));
	}

	/**
	 * The key of a participant.
	 * @param transport the transport's name, e.g. "telegram" or "web" (part of the hashed text, so
	 * the same id on two transports gives two participants)
	 * @param externalId the transport's id of the person; never stored or logged
	 */
	public ParticipantKey keyOf(String transport, String externalId) {
		if (transport == null || transport.isBlank() || externalId == null || externalId.isBlank()) {
			throw new IllegalArgumentException("A participant needs a transport and an id");
		}
		byte[] text = (transport + ":" + externalId).getBytes(StandardCharsets.UTF_8);
		return new ParticipantKey(HexFormat.of().formatHex(copyOfMac().doFinal(text)));
	}

	/** A Mac is not thread-safe; a clone of an initialised one is cheap. */
	private Mac copyOfMac() {
		try {
			return (Mac) this.prototype.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("The JDK's HmacSHA256 cannot be cloned", ex);
		}
	}

	private static Mac newMac(byte[] secret) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret, ALGORITHM));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

}
