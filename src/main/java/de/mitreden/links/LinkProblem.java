package de.mitreden.links;

/** A link request that cannot be done; the message says what is wrong, for staff. */
public class LinkProblem extends RuntimeException {

	private final Kind kind;

	LinkProblem(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	public enum Kind {

		/** A field is missing or wrong (HTTP 400). */
		INVALID,

		/** Another link of the dialogue has that name (HTTP 409). */
		DUPLICATE,

		/** No link has that code (HTTP 404). */
		NOT_FOUND

	}

}
