package de.mitreden.links;

/**
 * Anonymous counts of one channel (or of a whole dialogue).
 *
 * @param started people who began the dialogue (a {@code /start}, or a first message)
 * @param consented people who agreed to take part
 * @param completed times the thanks at the end were reached
 * @param answers answers given: one per written thought and one per answered choice question
 */
public record Counts(long started, long consented, long completed, long answers) {

	public static final Counts ZERO = new Counts(0, 0, 0, 0);

	public Counts plus(Counts other) {
		return new Counts(this.started + other.started, this.consented + other.consented,
				this.completed + other.completed, this.answers + other.answers);
	}

	boolean isZero() {
		return equals(ZERO);
	}

}
