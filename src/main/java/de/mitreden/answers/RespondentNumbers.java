package de.mitreden.answers;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Component;

/**
 * Random respondent numbers, unrelated to the participant key, so an export cannot be joined to the
 * participant table. Nine digits: short enough for a spreadsheet to keep exact, and with a million
 * respondents a new number still collides in only one draw of 900.
 */
@Component
class RespondentNumbers {

	static final long SMALLEST = 100_000_000L;

	static final long LARGEST = 999_999_999L;

	private final RandomGenerator random = new SecureRandom();

	private final ParticipantRepository participants;

	RespondentNumbers(ParticipantRepository participants) {
		this.participants = participants;
	}

	/** A number no participant has; drawn again on a collision. */
	long next() {
		long number = draw();
		while (this.participants.existsByRespondent(number)) {
			number = draw();
		}
		return number;
	}

	private long draw() {
		return this.random.nextLong(SMALLEST, LARGEST + 1);
	}

}
