package de.mitreden.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One dialogue as read from {@code dialogues/<id>/}: its questions, languages, dates and texts.
 *
 * @param id the dialogue id (its folder name)
 * @param languages the declared languages, in file order
 * @param defaultLanguage the language for people whose language is not declared
 * @param opens the first open day, or null
 * @param closes the last open day, or null (stays open)
 * @param questions the questions in the order people answer them
 * @param texts the texts per language
 */
public record Dialogue(String id, List<String> languages, String defaultLanguage, LocalDate opens, LocalDate closes,
		List<Question> questions, Map<String, DialogueTexts> texts) {

	public Dialogue {
		languages = List.copyOf(languages);
		questions = List.copyOf(questions);
		texts = Map.copyOf(texts);
	}

	public boolean isOpen(LocalDate day) {
		return !notYetOpen(day) && !closedAlready(day);
	}

	public boolean notYetOpen(LocalDate day) {
		return opens != null && day.isBefore(opens);
	}

	public boolean closedAlready(LocalDate day) {
		return closes != null && day.isAfter(closes);
	}

	public Question question(int index) {
		return questions.get(index);
	}

	public DialogueTexts texts(String language) {
		return texts.get(language);
	}

}
