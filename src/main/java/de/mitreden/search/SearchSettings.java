package de.mitreden.search;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the search index lives and how often it is committed.
 *
 * @param dataDir the data directory ({@code mitreden.data-dir}); the index is in
 * {@code <data-dir>/index/answers}
 * @param search {@code mitreden.search.*}
 */
@Validated
@ConfigurationProperties("mitreden")
record SearchSettings(@NotNull Path dataDir, @DefaultValue Search search) {

	Path indexDir() {
		return this.dataDir.resolve("index").resolve("answers");
	}

	/**
	 * @param commitInterval how often changes are made durable (searches see them at once anyway;
	 * a crash loses at most this much, and the next start repairs it from the database)
	 */
	record Search(@DefaultValue("30s") Duration commitInterval) {
	}

}
