package de.mitreden.answers;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where mitreden keeps its data and how it makes participants anonymous.
 *
 * @param dataDir the data directory (embedded database, generated id secret); {@code mitreden.data-dir}
 * @param idSecret the secret key of the participant hash; empty: generated into
 * {@code <data-dir>/id-secret} on first start and reused. Changing it makes returning participants
 * look new.
 */
@Validated
@ConfigurationProperties("mitreden")
record StorageSettings(@NotNull Path dataDir, String idSecret) {

	boolean hasConfiguredSecret() {
		return this.idSecret != null && !this.idSecret.isBlank();
	}

}
