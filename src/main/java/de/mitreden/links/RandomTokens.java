package de.mitreden.links;

import java.security.SecureRandom;
import java.util.Base64;

/** Random link codes and page secrets from a URL-safe alphabet. */
final class RandomTokens {

	/** The characters Telegram allows in a deep-link start parameter (and our channel pattern). */
	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
		.toCharArray();

	/** 10 characters of 64 = 60 bits: short enough to type, far too many to guess. */
	static final int CODE_LENGTH = 10;

	/** 32 bytes = 256 bits for the address of a community's page. */
	private static final int SECRET_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	String code() {
		char[] code = new char[CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[this.random.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	String secret() {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
