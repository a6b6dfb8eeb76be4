package de.mitreden.links;

import java.time.LocalDate;

/**
 * A multiplier link.
 *
 * @param code the short unguessable code in the deep link; the participant's channel
 * @param name the community's name, unique per dialogue
 * @param note a note for staff, or null
 * @param dialogueId the dialogue the link leads to
 * @param language the language preselected for people who come through it, or null
 * @param secret the secret part of the community's read-only page address
 * @param active false once deactivated: the code then counts as no code
 * @param createdOn the day the link was made
 */
public record Link(String code, String name, String note, String dialogueId, String language, String secret,
		boolean active, LocalDate createdOn) {

	/** Keeps the secret out of logs. */
	@Override
	public String toString() {
		return "Link[code=" + this.code + ", name=" + this.name + ", dialogueId=" + this.dialogueId + ", language="
				+ this.language + ", active=" + this.active + ", createdOn=" + this.createdOn + "]";
	}

}
