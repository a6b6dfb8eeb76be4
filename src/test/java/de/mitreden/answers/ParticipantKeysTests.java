package de.mitreden.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The participant key: the same person on the same transport always gets the same key, nobody can
 * compute it without the server's secret, and that secret is generated once and then reused.
 */
class ParticipantKeysTests {

	@TempDir
	Path dataDir;

	@Test
	void theSameIdOnTheSameTransportGivesTheSameKey() {
		ParticipantKeys keys = generatedSecret();

		assertThat(keys.keyOf("telegram", "123456789")).isEqualTo(keys.keyOf("telegram", "123456789"));
	}

	@Test
	void theSameIdOnAnotherTransportIsAnotherParticipant() {
		ParticipantKeys keys = generatedSecret();

		assertThat(keys.keyOf("telegram", "123456789")).isNotEqualTo(keys.keyOf("web", "123456789"));
	}

	@Test
	void theKeyIsAnHmacOfTransportAndIdThatContainsNeitherAndIsNeverLogged() {
		ParticipantKey key = withSecret("s3cret").keyOf("telegram", "123456789");

		// HMAC-SHA-256(key "s3cret", "telegram:123456789"), computed with: printf 'telegram:123456789' | openssl dgst -sha256 -hmac s3cret
		assertThat(key.hash()).isEqualTo("8cdcbcfec79e1dbbcbe1a0c307e774be23faa78fffe6022975d5bb276c11a25b")
			.doesNotContain("123456789");
		assertThat(key.toString()).doesNotContain(key.hash()).doesNotContain("123456789");
	}

	@Test
	void anotherSecretGivesOtherKeys() {
		assertThat(withSecret("one").keyOf("web", "abc")).isNotEqualTo(withSecret("two").keyOf("web", "abc"));
	}

	@Test
	void theSecretIsGeneratedOnceOnlyReadableByTheOwnerAndReused() throws Exception {
		ParticipantKey first = generatedSecret().keyOf("telegram", "42");
		Path secretFile = this.dataDir.resolve("id-secret");
		String secret = Files.readString(secretFile);

		ParticipantKey afterRestart = generatedSecret().keyOf("telegram", "42");

		assertThat(afterRestart).isEqualTo(first);
		assertThat(Files.readString(secretFile)).isEqualTo(secret);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
		assertThat(Files.list(this.dataDir)).containsExactly(secretFile);
	}

	@Test
	void aFreshDataDirectoryGetsAnotherSecret(@TempDir Path otherDataDir) {
		ParticipantKey here = generatedSecret().keyOf("telegram", "42");
		ParticipantKey there = new ParticipantKeys(new StorageSettings(otherDataDir, "")).keyOf("telegram", "42");

		assertThat(there).isNotEqualTo(here);
	}

	@Test
	void aConfiguredSecretWritesNoFile() throws Exception {
		new ParticipantKeys(new StorageSettings(this.dataDir, "configured")).keyOf("web", "abc");

		assertThat(Files.list(this.dataDir)).isEmpty();
	}

	private ParticipantKeys generatedSecret() {
		return new ParticipantKeys(new StorageSettings(this.dataDir, ""));
	}

	private ParticipantKeys withSecret(String secret) {
		return new ParticipantKeys(new StorageSettings(this.dataDir, secret));
	}

}
