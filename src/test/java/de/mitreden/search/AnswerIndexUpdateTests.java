package de.mitreden.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.mitreden.answers.AnswerImport;
import de.mitreden.answers.AnswerModeration;
import de.mitreden.answers.AnswersChanged;
import de.mitreden.answers.ImportedAnswer;
import de.mitreden.conversation.Conversations;
import de.mitreden.conversation.Incoming;
import de.mitreden.conversation.ParticipantRef;
import de.mitreden.conversation.Transport;
import de.mitreden.dialogue.Button;
import de.mitreden.dialogue.Input;
import de.mitreden.dialogue.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The index follows the database while the application runs: what a citizen writes in the dialogue
 * is found right after it is stored, a /delete takes it out, and a rating given later filters the
 * earlier free text.
 */
@RecordApplicationEvents
class AnswerIndexUpdateTests extends SearchTestBase {

	static final String REAL_DIALOGUE = "wilhelmshaven-weltoffen";

	@Autowired
	Conversations conversations;

	@Autowired
	ApplicationEvents published;

	@Autowired
	AnswerModeration moderation;

	@Autowired
	AnswerImport imports;

	@Test
	void whatACitizenWritesIsFoundRightAfterItIsStored() {
		Chat chat = new Chat();
		chat.send(new Input.Command("start", null));
		chat.tap("Ja, los geht's");
		chat.send(new Input.Text("Wir brauchen mehr Sprachkurse und Zebrastreifen"));
		awaitIndex();

		SearchPage found = this.search.search(SearchQuery.builder().dialogue(REAL_DIALOGUE).text("Zebrastreifen").build());

		assertThat(found.hits()).extracting(SearchHit::text)
			.containsExactly("Wir brauchen mehr Sprachkurse und Zebrastreifen");
		assertThat(found.hits().get(0).channel()).isEqualTo("web");
		assertThat(found.hits().get(0).question()).isEqualTo("open-where");
	}

	@Test
	void aDeleteTakesEverythingOfTheCitizenOutOfTheIndex() {
		Chat chat = new Chat();
		chat.send(new Input.Command("start", null));
		chat.tap("Ja, los geht's");
		chat.send(new Input.Text("Am Deich mit Hund und Flamingos"));
		awaitIndex();
		assertThat(findInRealDialogue("Flamingos")).hasSize(1);

		chat.send(new Input.Command("delete", null));
		chat.tap("Ja, alles löschen");
		awaitIndex();

		assertThat(findInRealDialogue("Flamingos")).isEmpty();
	}

	@Test
	void oneEventPerStepThatChangesAnswersAndNoneOtherwise() {
		Chat chat = new Chat();
		chat.send(new Input.Command("start", null));
		chat.tap("Ja, los geht's");
		assertThat(this.published.stream(AnswersChanged.class)).isEmpty();

		chat.send(new Input.Text("Beim Chor"));
		chat.send(new Input.Command("help", null));

		assertThat(this.published.stream(AnswersChanged.class)).hasSize(1);
	}

	@Test
	void aRatingGivenLaterFiltersTheEarlierFreeText() {
		long respondent = newRespondent();
		insert(respondent, "open-where", "Auf dem Wochenmarkt", "de", "direct", DAY);
		announce(respondent);
		SearchQuery ratedHigh = inThisDialogue().question("open-where")
			.respondentAnswered("how-open", Set.of("4", "5"))
			.build();
		assertThat(texts(ratedHigh)).isEmpty();

		long rating = insert(respondent, "how-open", "5", "de", "direct", DAY);
		announce(respondent);
		assertThat(texts(ratedHigh)).containsExactly("Auf dem Wochenmarkt");

		this.jdbc.sql("delete from answer where id = ?").param(rating).update();
		insert(respondent, "how-open", "2", "de", "direct", DAY);
		announce(respondent);
		assertThat(texts(ratedHigh)).isEmpty();
	}

	@Test
	void aChangeNamedByAnswerIdIsTakenToo() {
		long respondent = newRespondent();
		long id = insert(respondent, "open-where", "Im Jugendzentrum", "de", "direct", DAY);

		this.events.publishEvent(AnswersChanged.ofAnswers(List.of(id)));
		awaitIndex();

		assertThat(find("Jugendzentrum")).containsExactly("Im Jugendzentrum");
	}

	@Test
	void aHiddenAnswerLeavesTheResultsUntilItIsShownAgain() {
		long id = answer("Ein Name und eine Telefonnummer", "de");

		this.moderation.hide(id, "personal data");
		awaitIndex();
		SearchQuery withHidden = inThisDialogue().includeHidden(true).build();
		assertThat(find("Telefonnummer")).isEmpty();
		assertThat(this.search.search(withHidden).hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.answerId()).isEqualTo(id);
			assertThat(hit.hidden()).isTrue();
		});

		this.moderation.show(id);
		awaitIndex();
		assertThat(find("Telefonnummer")).containsExactly("Ein Name und eine Telefonnummer");
	}

	@Test
	void importedContributionsAreFound() {
		this.imports.add(List.of(new ImportedAnswer(this.dialogue, "open-where", "Notiz vom Bürgerfest: mehr Bänke",
				"de", "import", DAY)));
		awaitIndex();

		assertThat(this.search.search(inThisDialogue().text("Bank").build()).hits()).singleElement()
			.satisfies((hit) -> assertThat(hit.channel()).isEqualTo("import"));
	}

	@Test
	void untilNewAnswersAreSearchableTheStatusSaysSoAndWaitingEndsIt() {
		List<ImportedAnswer> notes = new java.util.ArrayList<>();
		for (int i = 0; i < 200; i++) {
			notes.add(new ImportedAnswer(this.dialogue, "open-where", "Notiz " + i + " vom Stadtteilfest: mehr Schatten",
					"de", "import", DAY));
		}
		this.imports.add(notes);

		// the index takes changes half a second after they arrive: right after the commit they are not searchable
		assertThat(this.search.status().catchingUp()).isTrue();
		assertThat(this.search.search(inThisDialogue().text("Schatten").build()).total()).isZero();

		assertThat(this.search.awaitChanges(java.time.Duration.ofSeconds(30))).isTrue();

		assertThat(this.search.status().catchingUp()).isFalse();
		assertThat(this.search.search(inThisDialogue().text("Schatten").build()).total()).isEqualTo(200);
	}

	private List<String> findInRealDialogue(String text) {
		return texts(SearchQuery.builder().dialogue(REAL_DIALOGUE).text(text).build());
	}

	/** A web chat participant who reads the replies and taps buttons by their label. */
	private final class Chat {

		private final ParticipantRef ref = new ParticipantRef(Transport.WEB, UUID.randomUUID().toString());

		private List<Reply> replies = List.of();

		void send(Input input) {
			this.replies = AnswerIndexUpdateTests.this.conversations
				.handle(new Incoming(this.ref, input, "de-DE", "https://example.org/chat"));
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
