package de.mitreden.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret of the participant hash: configured ({@code mitreden.id-secret}), or 32 random bytes
 * generated into {@code <data-dir>/id-secret} on first start and read from there afterwards.
 */
final class IdSecret {

	static final String FILE_NAME = "id-secret";

	private static final int LENGTH = 32;

	private static final Logger log = LoggerFactory.getLogger(IdSecret.class);

	private IdSecret() {
	}

	static byte[] of(StorageSettings settings) {
		if (settings.hasConfiguredSecret()) {
			return settings.idSecret().getBytes(StandardCharsets.UTF_8);
		}
		return fromFile(settings.dataDir().resolve(FILE_NAME));
	}

	static byte[] fromFile(Path file) {
		try {
			if (Files.notExists(file)) {
				generate(file);
			}
			return read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the id secret " + file.toAbsolutePath(), ex);
		}
	}

	private static byte[] read(Path file) throws IOException {
		byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		if (secret.length < LENGTH) {
			throw new IllegalStateException("The id secret " + file.toAbsolutePath()
					+ " is damaged (fewer than 32 bytes). Restore it from a backup: without it returning"
					+ " participants look new.");
		}
		return secret;
	}

	/** Written to a temporary file first and moved in place, so a crash never leaves half a secret. */
	private static void generate(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] secret = new byte[LENGTH];
		new SecureRandom().nextBytes(secret);
		Path temporary = createOwnerOnlyFile(file.resolveSibling(FILE_NAME + ".new"));
		Files.writeString(temporary, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			Files.deleteIfExists(temporary);
		}
		log.info("Generated the participant id secret {}; keep it with the database backups.", file.toAbsolutePath());
	}

	private static Path createOwnerOnlyFile(Path file) throws IOException {
		Files.deleteIfExists(file);
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createFile(file);
	}

}
