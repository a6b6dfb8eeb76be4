package de.mitreden.answers;

import java.util.stream.Stream;

import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

import jakarta.persistence.QueryHint;

/** Answers: inserted, deleted per question or per respondent, and streamed for the export (hidden ones left out). */
interface AnswerRepository extends Repository<AnswerEntity, Long> {

	String ROW = "select new de.mitreden.answers.AnswerRow(a.dialogueId, a.questionId, a.respondent, a.value,"
			+ " a.language, a.channel, a.answeredOn) from AnswerEntity a ";

	/** Rows are fetched in chunks (a cursor on PostgreSQL), so an export never holds all answers. */
	String FETCH_SIZE = "500";

	AnswerEntity save(AnswerEntity answer);

	long count();

	long countByRespondent(long respondent);

	@Modifying(flushAutomatically = true)
	@Query("delete from AnswerEntity a where a.respondent = :respondent and a.dialogueId = :dialogueId"
			+ " and a.questionId = :questionId")
	int deleteAnswers(long respondent, String dialogueId, String questionId);

	@Modifying(flushAutomatically = true)
	@Query("delete from AnswerEntity a where a.respondent = :respondent")
	int deleteAll(long respondent);

	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH_SIZE))
	@Query(ROW + "where a.hidden = false order by a.id")
	Stream<AnswerRow> streamAll();

	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = FETCH_SIZE))
	@Query(ROW + "where a.dialogueId = :dialogueId and a.hidden = false order by a.id")
	Stream<AnswerRow> streamByDialogue(String dialogueId);

}
