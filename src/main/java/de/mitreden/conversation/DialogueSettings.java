package de.mitreden.conversation;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * Which dialogues mitreden runs.
 *
 * @param dir {@code mitreden.dialogues.dir}: a directory with dialogue folders (a copy of
 * {@code bot/dialogues}, or of the whole {@code bot/}) that replaces the bundled dialogues; the
 * generic texts ({@code bot/messages}) stay the bundled ones. Empty: the bundled dialogues.
 * @param defaultDialogue {@code mitreden.dialogues.default}: the dialogue a new participant gets;
 * empty: the only open one (or the first open one by id)
 */
@Validated
@ConfigurationProperties("mitreden.dialogues")
record DialogueSettings(String dir, @Name("default") String defaultDialogue) {

	boolean hasOverride() {
		return this.dir != null && !this.dir.isBlank();
	}

	Path overrideDir() {
		return Path.of(this.dir.strip());
	}

}
