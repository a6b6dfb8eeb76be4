package de.mitreden.admin;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff account an admin created. Only the password's hash is stored. */
@Entity
@Table(name = "staff_account")
class StaffAccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	private boolean active;

	@Column(name = "created_on")
	private LocalDate createdOn;

	protected StaffAccountEntity() {
	}

	StaffAccountEntity(String username, String passwordHash, StaffRole role, LocalDate createdOn) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.active = true;
		this.createdOn = createdOn;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public boolean isActive() {
		return this.active;
	}

	public LocalDate getCreatedOn() {
		return this.createdOn;
	}

	void changePassword(String hash) {
		this.passwordHash = hash;
	}

	void activate(boolean active) {
		this.active = active;
	}

	void changeRole(StaffRole role) {
		this.role = role;
	}

}
