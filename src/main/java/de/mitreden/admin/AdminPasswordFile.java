package de.mitreden.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The hash of the generated admin password in {@code <data-dir>/admin-password}. Only the hash is
 * written, so a copy of the data directory does not give away the password.
 */
class AdminPasswordFile {

	static final String FILE_NAME = "admin-password";

	private final Path file;

	AdminPasswordFile(Path dataDir) {
		this.file = dataDir.resolve(FILE_NAME);
	}

	Optional<String> readHash() {
		if (!Files.exists(this.file)) {
			return Optional.empty();
		}
		String hash = read().strip();
		if (hash.isEmpty()) {
			throw new IllegalStateException(
					"The admin password file " + this.file + " is empty. Delete it to generate a new password.");
		}
		return Optional.of(hash);
	}

	void writeHash(String hash) {
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, hash + "\n", StandardCharsets.UTF_8);
			ownerOnly();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the admin password file " + this.file, ex);
		}
	}

	Path path() {
		return this.file;
	}

	private String read() {
		try {
			return Files.readString(this.file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the admin password file " + this.file, ex);
		}
	}

	private void ownerOnly() throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
		}
	}

}
