package de.mitreden.answers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer value of one respondent to one question. Written once; staff may only hide it. */
@Entity
@Table(name = "answer")
class AnswerEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id")
	private String dialogueId;

	@Column(name = "question_id")
	private String questionId;

	private long respondent;

	@Column(name = "answer_value")
	private String value;

	private String language;

	private String channel;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	/** Set by staff through {@link AnswerModeration}; a new answer is visible (the column's default). */
	@Column(insertable = false, updatable = false)
	private boolean hidden;

	protected AnswerEntity() {
	}

	AnswerEntity(String dialogueId, String questionId, long respondent, String value, String language,
			String channel, LocalDate answeredOn) {
		this.dialogueId = dialogueId;
		this.questionId = questionId;
		this.respondent = respondent;
		this.value = value;
		this.language = language;
		this.channel = channel;
		this.answeredOn = answeredOn;
	}

}
