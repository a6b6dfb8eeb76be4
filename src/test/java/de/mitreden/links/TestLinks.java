package de.mitreden.links;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support for other modules' tests: an active multiplier link with a fixed code (e.g.
 * "verein42"), so a walk with {@code /start verein42} is recorded under that channel. Real links get
 * random codes from {@link Links}.
 */
public final class TestLinks {

	private static final String MERGE = "MERGE INTO link (code, name, note, dialogue_id, language, secret, active, "
			+ "created_on) KEY (code) VALUES (?, ?, NULL, ?, NULL, ?, TRUE, CURRENT_DATE)";

	private static final String DIALOGUE = "wilhelmshaven-weltoffen";

	private TestLinks() {
	}

	/** Makes sure an active link with this code exists (H2). */
	public static void ensure(JdbcTemplate jdbc, String code) {
		jdbc.update(MERGE, code, "Test link " + code, DIALOGUE, "test-secret-" + code);
	}

	public static void ensure(JdbcClient jdbc, String code) {
		jdbc.sql(MERGE).params(code, "Test link " + code, DIALOGUE, "test-secret-" + code).update();
	}

}
