package de.mitreden.admin;

/** What a staff account may do: staff read, hide, import and curate; admins also manage accounts. */
enum StaffRole {

	STAFF("Mitarbeitende"), ADMIN("Administration");

	private final String label;

	StaffRole(String label) {
		this.label = label;
	}

	/** The German name shown in the account list. */
	public String label() {
		return this.label;
	}

	/** The Spring Security roles: an admin is staff too. */
	String[] roles() {
		return (this == ADMIN) ? new String[] { ADMIN.name(), STAFF.name() } : new String[] { STAFF.name() };
	}

}
