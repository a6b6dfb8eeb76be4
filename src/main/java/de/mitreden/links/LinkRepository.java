package de.mitreden.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code link} table. */
@Repository
class LinkRepository {

	private static final String COLUMNS = "code, name, note, dialogue_id, language, secret, active, created_on";

	private final JdbcClient jdbc;

	LinkRepository(JdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
	}

	void insert(Link link) {
		this.jdbc.sql("INSERT INTO link (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(link.code(), link.name(), link.note(), link.dialogueId(), link.language(), link.secret(),
					link.active(), link.createdOn())
			.update();
	}

	List<Link> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM link ORDER BY created_on, name").query(LinkRepository::row).list();
	}

	Optional<Link> byCode(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM link WHERE code = ?").param(code).query(LinkRepository::row).optional();
	}

	Optional<Link> bySecret(String secret) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM link WHERE secret = ?")
			.param(secret)
			.query(LinkRepository::row)
			.optional();
	}

	boolean nameTaken(String dialogueId, String name) {
		return this.jdbc.sql("SELECT COUNT(*) FROM link WHERE dialogue_id = ? AND LOWER(name) = LOWER(?)")
			.params(dialogueId, name)
			.query(Long.class)
			.single() > 0;
	}

	boolean codeTaken(String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM link WHERE code = ?").param(code).query(Long.class).single() > 0;
	}

	int setActive(String code, boolean active) {
		return this.jdbc.sql("UPDATE link SET active = ? WHERE code = ?").params(active, code).update();
	}

	private static Link row(ResultSet row, int number) throws SQLException {
		return new Link(row.getString("code"), row.getString("name"), row.getString("note"),
				row.getString("dialogue_id"), row.getString("language"), row.getString("secret"),
				row.getBoolean("active"), row.getObject("created_on", java.time.LocalDate.class));
	}

}
