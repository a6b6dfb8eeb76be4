package de.mitreden.answers;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds contributions gathered outside the chat, all or nothing. Each contribution gets its own random
 * respondent number: it stands for one person whose other answers are unknown.
 */
@Service
public class AnswerImport {

	private final AnswerRepository answers;

	private final RespondentNumbers respondentNumbers;

	AnswerImport(AnswerRepository answers, RespondentNumbers respondentNumbers) {
		this.answers = answers;
		this.respondentNumbers = respondentNumbers;
	}

	/** Stores every answer in one transaction: if one fails, none is stored. */
	@Transactional
	public int add(List<ImportedAnswer> imported) {
		for (ImportedAnswer answer : imported) {
			this.answers.save(new AnswerEntity(answer.dialogue(), answer.question(), this.respondentNumbers.next(),
					answer.text(), answer.language(), answer.channel(), answer.date()));
		}
		return imported.size();
	}

}
