package de.mitreden.dialogue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.mitreden.dialogue.ConversationState.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules that need a dialogue file of their own: dates, right-to-left, other question settings. */
class SmallDialogueEngineTest {

	@TempDir
	Path root;

	TestBotFolder bot;

	@BeforeEach
	void smallDialogue() {
		bot = new TestBotFolder(root).withSmallDialogue();
	}

	private void dates(String dates) {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("default-language: de", "default-language: de\n" + dates));
	}

	@Test
	void beforeItOpensEveryInputGetsTheOpeningDateWrittenOut() {
		dates("opens: 2026-03-01");
		Chat chat = new Chat(bot.engine(), "de", LocalDate.of(2026, 2, 28));
		for (Input input : List.of(new Input.Command("start", "verein42"), new Input.Text("Hallo"),
				new Input.Press("c"), new Input.Resume())) {
			chat.send(input);
			assertThat(chat.said()).isEqualTo("Der Dialog beginnt am 1. März 2026. Bitte kommen Sie dann wieder.");
			chat.assertNothingChanged();
			assertThat(chat.state).isEqualTo(ConversationState.fresh("direct"));
		}
	}

	@Test
	void afterItClosesEveryInputSaysUntilWhenItRanAndStoresNothing() {
		dates("opens: 2026-01-01\ncloses: 2026-05-31");
		Chat chat = new Chat(bot.engine(), "en-GB", LocalDate.of(2026, 5, 31));
		chat.command("start");
		chat.tap("Yes, let's start");
		chat.today(LocalDate.of(2026, 6, 1));
		chat.type("My idea");
		assertThat(chat.said()).isEqualTo("The dialogue ran until 31 May 2026. It is over now. Thank you for your interest!");
		chat.assertNothingChanged();
		assertThat(chat.state.phase()).isEqualTo(Phase.QUESTION);
	}

	@Test
	void deletingStillWorksWhenTheDialogueIsClosed() {
		dates("closes: 2026-05-31");
		Chat chat = new Chat(bot.engine(), "de", LocalDate.of(2026, 5, 1));
		chat.command("start");
		chat.tap("Ja, los geht's");
		chat.type("Idee");
		chat.today(LocalDate.of(2026, 7, 1));
		chat.command("delete");
		chat.tap("Ja, alles löschen");
		assertThat(chat.last.changes()).containsExactly(new AnswerChange.DeleteEverything());
		assertThat(chat.stored).isEmpty();
	}

	@Test
	void repliesInARightToLeftLanguageSaySo() {
		bot.language("ar", true).dialogue(TestBotFolder.DIALOGUE.replace("[de, en]", "[de, en, ar]"));
		Chat chat = new Chat(bot.engine(), "ar-EG");
		chat.command("start");
		assertThat(chat.last.replies()).isNotEmpty().allMatch(Reply::rightToLeft);
		chat.command("language");
		chat.tap("English");
		assertThat(chat.last.replies()).noneMatch(Reply::rightToLeft);
	}

	@Test
	void clientLanguagesResolveToTheSupportedOnes() {
		bot.language("ar", true)
			.language("uk", false)
			.dialogue(TestBotFolder.DIALOGUE.replace("[de, en]", "[de, en, ar, uk]"));
		DialogueEngine engine = bot.engine();
		assertThat(engine.languages()).containsExactly("de", "en", "ar", "uk");
		assertThat(engine.resolveLanguage("de-AT")).isEqualTo("de");
		assertThat(engine.resolveLanguage("ar-EG")).isEqualTo("ar");
		assertThat(engine.resolveLanguage("uk")).isEqualTo("uk");
		assertThat(engine.resolveLanguage("pt")).isEqualTo("de");
		assertThat(engine.isRightToLeft("ar")).isTrue();
	}

	@Test
	void anOptionalTextQuestionCanBeSkipped() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("kind: text", "kind: text\n    optional: true"));
		Chat chat = new Chat(bot.engine(), "de");
		chat.command("start");
		chat.tap("Ja, los geht's");
		assertThat(chat.buttons()).containsExactly("Überspringen");
		chat.tap("Überspringen");
		chat.assertNothingChanged();
		assertThat(chat.said()).contains("Frage 2 von 3", "1 = schlecht", "3 = gut");
	}

	@Test
	void aRequiredMultipleChoiceNeedsAtLeastOneTick() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("kind: single\n    optional: true", "kind: multiple"));
		Chat chat = new Chat(bot.engine(), "de");
		chat.command("start");
		chat.tap("Ja, los geht's");
		chat.type("Idee");
		chat.tap("Nächste Frage");
		chat.tap("1");
		assertThat(chat.buttons()).containsExactly("Rot", "Blau", "Fertig");
		chat.tap("Fertig");
		assertThat(chat.said()).contains("Bitte wählen Sie mindestens eine Antwort.", "Frage 3 von 3");
		chat.tap("Blau");
		chat.tap("Fertig");
		assertThat(chat.state.phase()).isEqualTo(Phase.DONE);
		assertThat(chat.last.changes())
			.containsExactly(new AnswerChange.Replace("small", "color", List.of("blue"), "de"));
	}

	@Test
	void aRatingScaleOfTenGetsTwoRowsOfButtons() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("scale: 3", "scale: 10"));
		Chat chat = new Chat(bot.engine(), "de");
		chat.command("start");
		chat.tap("Ja, los geht's");
		chat.type("Idee");
		chat.tap("Nächste Frage");
		assertThat(chat.lastReply().buttons()).hasSize(2).allMatch(row -> row.size() == 5);
		chat.type("10");
		assertThat(chat.last.changes()).containsExactly(new AnswerChange.Replace("small", "mood", List.of("10"), "de"));
	}

	@Test
	void aParticipantBeyondTheLastQuestionOfAShortenedDialogueIsAtTheEnd() {
		ConversationState saved = new ConversationState("small", "de", Phase.QUESTION, 5, List.of(), "direct", true,
				null);
		Step step = bot.engine().handle(saved, new Input.Resume(), new StepContext(LocalDate.of(2026, 6, 1), "de", ""));
		assertThat(step.state().phase()).isEqualTo(Phase.DONE);
		assertThat(step.replies()).extracting(Reply::text).containsExactly(
				"Sie haben alle Fragen beantwortet. Danke! Mit /restart antworten Sie noch einmal. Mit /delete löschen Sie Ihre Antworten.");
	}

}
