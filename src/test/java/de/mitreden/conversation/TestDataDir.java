package de.mitreden.conversation;

import java.nio.file.Path;
import java.util.UUID;

/** A fresh data directory under target/ per test class and run: a new database and id secret. */
final class TestDataDir {

	private TestDataDir() {
	}

	static Path fresh(Class<?> testClass) {
		return Path.of("target", "test-data", testClass.getSimpleName() + "-" + UUID.randomUUID()).toAbsolutePath();
	}

}
