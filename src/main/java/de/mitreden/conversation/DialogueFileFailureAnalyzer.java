package de.mitreden.conversation;

import de.mitreden.dialogue.DialogueFileException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows an invalid dialogue file as a short start-up failure report (file, line, problem) instead of
 * a long stack trace. Registered in {@code META-INF/spring.factories}.
 */
class DialogueFileFailureAnalyzer extends AbstractFailureAnalyzer<DialogueFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DialogueFileException cause) {
		return new FailureAnalysis("The dialogues cannot be loaded: " + cause.getMessage(),
				"Correct the dialogue file (or the setting) named above and start mitreden again.", cause);
	}

}
