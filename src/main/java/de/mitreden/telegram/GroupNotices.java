package de.mitreden.telegram;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers, in memory only, which groups and channels were already told that the dialogue works
 * only in a private chat, so each hears it once per process. Keys are an HMAC of the chat id
 * under a random key that lives only as long as the process: nothing here leads back to a chat.
 */
final class GroupNotices {

	private static final int MAX_GROUPS = 10_000;

	private final Cache<String, Boolean> told = Caffeine.newBuilder().maximumSize(MAX_GROUPS).build();

	private final SecretKeySpec processKey;

	GroupNotices() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.processKey = new SecretKeySpec(key, "HmacSHA256");
	}

	boolean alreadyTold(long chatId) {
		return this.told.getIfPresent(key(chatId)) != null;
	}

	void remember(long chatId) {
		this.told.put(key(chatId), Boolean.TRUE);
	}

	private String key(long chatId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.processKey);
			return HexFormat.of().formatHex(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(chatId).array()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", ex);
		}
	}

}
