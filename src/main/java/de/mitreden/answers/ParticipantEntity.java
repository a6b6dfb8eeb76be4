package de.mitreden.answers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.data.domain.Persistable;

/**
 * A participant who consented: their anonymous key, random respondent number and conversation state
 * (JSON). Only ever inserted through {@link Persistable#isNew()} = true (no SELECT before the INSERT);
 * later changes go through update queries in {@link ParticipantRepository}.
 */
@Entity
@Table(name = "participant")
class ParticipantEntity implements Persistable<String> {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(name = "key_hash", length = 64)
	private String keyHash;

	private long respondent;

	private String state;

	@Column(name = "created_on")
	private LocalDate createdOn;

	@Column(name = "updated_on")
	private LocalDate updatedOn;

	@Transient
	private boolean isNew;

	protected ParticipantEntity() {
	}

	ParticipantEntity(String keyHash, long respondent, String state, LocalDate today) {
		this.keyHash = keyHash;
		this.respondent = respondent;
		this.state = state;
		this.createdOn = today;
		this.updatedOn = today;
		this.isNew = true;
	}

	@Override
	public String getId() {
		return this.keyHash;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	long respondent() {
		return this.respondent;
	}

	String state() {
		return this.state;
	}

}
