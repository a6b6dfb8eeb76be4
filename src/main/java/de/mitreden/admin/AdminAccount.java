package de.mitreden.admin;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Finds the admin password hash: from the configured password, else from the data directory, else a
 * new random password whose hash is stored and which is shown once in the log.
 */
class AdminAccount {

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

	/** 24 random bytes: 192 bits, 32 characters in URL-safe Base64. */
	private static final int PASSWORD_BYTES = 24;

	private final AdminSettings settings;

	private final PasswordEncoder encoder;

	private final AdminPasswordFile file;

	AdminAccount(AdminSettings settings, PasswordEncoder encoder, Path dataDir) {
		this.settings = settings;
		this.encoder = encoder;
		this.file = new AdminPasswordFile(dataDir);
	}

	String username() {
		return this.settings.username();
	}

	/** The hash to check logins against, in the encoder's format (e.g. {@code {bcrypt}$2a$...}). */
	String passwordHash() {
		if (this.settings.hasPassword()) {
			return this.encoder.encode(this.settings.password());
		}
		return this.file.readHash().map(this::stored).orElseGet(this::generate);
	}

	private String stored(String hash) {
		log.info("Admin account '{}': password as generated earlier (hash in {})", username(), this.file.path());
		return hash;
	}

	private String generate() {
		String password = randomPassword();
		String hash = this.encoder.encode(password);
		this.file.writeHash(hash);
		announce(password);
		return hash;
	}

	private void announce(String password) {
		log.warn("""

				========================================================================
				Generated admin password for user '{}': {} — it will not be shown again; \
				set MITREDEN_ADMIN_PASSWORD to choose one.
				Only its hash is kept, in {}.
				========================================================================""",
				username(), password, this.file.path());
	}

	private static String randomPassword() {
		byte[] bytes = new byte[PASSWORD_BYTES];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
