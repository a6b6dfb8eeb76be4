package de.mitreden.links;

import java.security.SecureRandom;
import java.util.Base64;

/** Random link codes and page secrets from a URL-safe alphabet. */
final class RandomTokens {

	/** The characters Telegram allows in a deep-link start parameter (and our channel pattern). */
	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
		.toCharArray();

	/**
	 * The first character is a letter or digit: a code starting with "-" would be altered in every CSV export
	 * (a cell starting with "-" is neutralised against formula injection) and looks like an option on a command
	 * line.
	 */
	private static final int FIRST_ALPHABET = 62;

	/** 10 characters of 64 (the first of 62) = about 60 bits: short enough to type, far too many to guess. */
	static final int CODE_LENGTH = 10;

	/** 32 bytes = 256 bits for the address of a community's page. */
	private static final int SECRET_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	String code() {
		char[] code = new char[CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[this.random.nextInt((i == 0) ? FIRST_ALPHABET : ALPHABET.length)];
		}
		return new String(code);
	}

	String secret() {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
