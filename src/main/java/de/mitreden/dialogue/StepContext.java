package de.mitreden.dialogue;

import java.time.LocalDate;

/**
 * What the engine needs to know from outside for one step.
 *
 * @param today the current date (dialogues open and close on dates)
 * @param clientLanguage the language the participant's app reports (e.g. "de-DE", "ar"), or null
 * @param shareLink the link a participant can pass on at the end (the bot's or the web chat's)
 */
public record StepContext(LocalDate today, String clientLanguage, String shareLink) {
}
