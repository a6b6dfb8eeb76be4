package de.mitreden.answers;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Participants; each write is one statement, without reading the row first. */
interface ParticipantRepository extends Repository<ParticipantEntity, String> {

	ParticipantEntity save(ParticipantEntity participant);

	Optional<ParticipantEntity> findById(String keyHash);

	boolean existsByRespondent(long respondent);

	long count();

	@Modifying(flushAutomatically = true)
	@Query("update ParticipantEntity p set p.state = :state, p.updatedOn = :today where p.keyHash = :keyHash")
	int updateState(String keyHash, String state, LocalDate today);

	@Modifying(flushAutomatically = true)
	@Query("delete from ParticipantEntity p where p.keyHash = :keyHash")
	int delete(String keyHash);

}
