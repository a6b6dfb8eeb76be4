package de.mitreden.answers;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	AnswerImport(AnswerRepository answers, RespondentNumbers respondentNumbers, ApplicationEventPublisher events) {
		this.answers = answers;
		this.respondentNumbers = respondentNumbers;
		this.events = events;
	}

	/** Stores every answer in one transaction: if one fails, none is stored. */
	@Transactional
	public int add(List<ImportedAnswer> imported) {
		List<Long> respondents = new ArrayList<>(imported.size());
		for (ImportedAnswer answer : imported) {
			long respondent = this.respondentNumbers.next();
			this.answers.save(new AnswerEntity(answer.dialogue(), answer.question(), respondent, answer.text(),
					answer.language(), answer.channel(), answer.date()));
			respondents.add(respondent);
		}
		this.events.publishEvent(AnswersChanged.ofRespondents(respondents));
		return imported.size();
	}

}
