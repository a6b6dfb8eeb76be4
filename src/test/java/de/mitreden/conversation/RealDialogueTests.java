package de.mitreden.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.mitreden.answers.ParticipantKeys;
import de.mitreden.dialogue.Button;
import de.mitreden.dialogue.Input;
import de.mitreden.dialogue.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bundled dialogue through the real engine and the real database: what a participant does in
 * the chat decides what is stored, and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RealDialogueTests {

	static final Path DATA_DIR = TestDataDir.fresh(RealDialogueTests.class);

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("mitreden.data-dir", DATA_DIR::toString);
	}

	@Autowired
	Conversations conversations;

	@Autowired
	ParticipantKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitizenFromAMultiplierLinkIsStoredOnlyAfterAgreeingAndWithTheCode() {
		Chat chat = new Chat(new ParticipantRef(Transport.TELEGRAM, UUID.randomUUID().toString()));
		// A multiplier code counts only while a link with it exists (links module).
		de.mitreden.links.TestLinks.ensure(this.jdbc, "verein42");
		chat.send(new Input.Command("start", "verein42"));
		chat.send(new Input.Text("Hallo"));
		assertThat(respondentOf(chat)).isNull();

		chat.tap("Ja, los geht's");
		chat.send(new Input.Text("Beim Fußball."));

		assertThat(respondentOf(chat)).isNotNull();
		assertThat(this.jdbc.sql("select question_id, answer_value, language, channel from answer where respondent = ?")
			.param(respondentOf(chat))
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()).containsExactly(List.of("open-where", "Beim Fußball.", "de", "verein42"));
	}

	@Test
	void aConfirmedDeleteLeavesNoTraceOfTheCitizen() {
		Chat chat = new Chat(new ParticipantRef(Transport.WEB, UUID.randomUUID().toString()));
		chat.send(new Input.Command("start", null));
		chat.tap("Ja, los geht's");
		chat.send(new Input.Text("Beim Fußball."));
		Long respondent = respondentOf(chat);

		chat.send(new Input.Command("delete", null));
		chat.tap("Ja, alles löschen");

		assertThat(respondentOf(chat)).isNull();
		assertThat(this.jdbc.sql("select count(*) from answer where respondent = ?").param(respondent).query(Long.class)
			.single()).isZero();
	}

	private Long respondentOf(Chat chat) {
		String key = this.keys.keyOf(chat.ref.transport().keyPrefix(), chat.ref.externalId()).hash();
		return this.jdbc.sql("select respondent from participant where key_hash = ?")
			.param(key)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** A participant who reads the replies and taps buttons by their label. */
	private final class Chat {

		private final ParticipantRef ref;

		private List<Reply> replies = List.of();

		Chat(ParticipantRef ref) {
			this.ref = ref;
		}

		void send(Input input) {
			this.replies = RealDialogueTests.this.conversations
				.handle(new Incoming(this.ref, input, "de-DE", "https://t.me/test_bot"));
		}

		void tap(String label) {
			String data = this.replies.stream()
				.flatMap((reply) -> reply.buttons().stream())
				.flatMap(List::stream)
				.filter((button) -> button.label().equals(label))
				.map(Button::data)
				.reduce((first, last) -> last)
				.orElseThrow(() -> new AssertionError("No button '" + label + "' in " + this.replies));
			send(new Input.Press(data));
		}

	}

}
