package de.mitreden.conversation;

import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.mitreden.dialogue.BotFiles;
import de.mitreden.dialogue.Dialogue;
import de.mitreden.dialogue.DialogueCatalog;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.dialogue.DialogueFileException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dialogue engine, built from the bot files bundled in the jar or from the directory in
 * {@code mitreden.dialogues.dir}. An invalid file stops the start (see
 * {@link DialogueFileFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
class DialogueConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DialogueConfiguration.class);

	@Bean
	DialogueEngine dialogueEngine(DialogueSettings settings) {
		BotFiles files = botFiles(settings);
		DialogueCatalog catalog = DialogueCatalog.load(files);
		log.info("Dialogues loaded: {}", catalog.dialogues().stream().map(Dialogue::id).toList());
		return new DialogueEngine(catalog, catalog.texts(), settings.defaultDialogue());
	}

	private static BotFiles botFiles(DialogueSettings settings) {
		BotFiles bundled = ClasspathBotFiles.load();
		if (!settings.hasOverride()) {
			log.info("Dialogues: bundled with the application");
			return bundled;
		}
		if (!Files.isDirectory(settings.overrideDir())) {
			throw new DialogueFileException("mitreden.dialogues.dir: " + settings.overrideDir().toAbsolutePath()
					+ " is not a directory");
		}
		log.info("Dialogues: from {}", settings.overrideDir().toAbsolutePath());
		return DialoguesOverride.of(settings.overrideDir(), bundled);
	}

}
