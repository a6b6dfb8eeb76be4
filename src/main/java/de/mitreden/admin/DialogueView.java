package de.mitreden.admin;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import de.mitreden.dialogue.Dialogue;
import de.mitreden.dialogue.DialogueTexts;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One dialogue for the staff pages.
 *
 * @param id the dialogue id
 * @param title the German title (or the default language's)
 * @param languages the declared language codes
 * @param questions the questions, numbered from 1
 */
record DialogueView(String id, String title, List<String> languages, List<QuestionView> questions) {

	static final String STAFF_LANGUAGE = "de";

	static DialogueView of(Dialogue dialogue) {
		DialogueTexts texts = textsFor(dialogue);
		List<QuestionView> questions = IntStream.range(0, dialogue.questions().size())
			.mapToObj((index) -> QuestionView.of(index + 1, dialogue.question(index), texts))
			.toList();
		return new DialogueView(dialogue.id(), (texts != null) ? texts.title() : dialogue.id(), dialogue.languages(),
				questions);
	}

	private static DialogueTexts textsFor(Dialogue dialogue) {
		DialogueTexts german = dialogue.texts(STAFF_LANGUAGE);
		return (german != null) ? german : dialogue.texts(dialogue.defaultLanguage());
	}

	Optional<QuestionView> find(String questionId) {
		return this.questions.stream().filter((question) -> question.id().equals(questionId)).findFirst();
	}

	/** The question, or 404 for an unknown id in an address. */
	QuestionView question(String questionId) {
		return find(questionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	public List<QuestionView> textQuestions() {
		return this.questions.stream().filter(QuestionView::isText).toList();
	}

	public List<QuestionView> ratingQuestions() {
		return this.questions.stream().filter(QuestionView::isRating).toList();
	}

	public List<QuestionView> choiceQuestions() {
		return this.questions.stream().filter((question) -> question.isChoice() && !question.isRating()).toList();
	}

}
