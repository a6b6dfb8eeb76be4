package de.mitreden.dialogue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.mitreden.dialogue.AnswerChange.Add;
import de.mitreden.dialogue.AnswerChange.Replace;
import de.mitreden.dialogue.ConversationState.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the conversation, walked with the bundled Wilhelmshaven dialogue. */
class DialogueEngineTest {

	static final DialogueCatalog CATALOG = DialogueCatalog.load(BotFiles.directory(Path.of("bot")));

	static final DialogueEngine ENGINE = new DialogueEngine(CATALOG, CATALOG.texts());

	static final String DIALOGUE = "wilhelmshaven-weltoffen";

	/** A German participant who has agreed and sees question 1. */
	private static Chat germanAtFirstQuestion() {
		Chat chat = new Chat(ENGINE, "de-DE");
		chat.command("start");
		chat.tap("Ja, los geht's");
		return chat;
	}

	/** A German participant at the question with this index (earlier questions answered or skipped). */
	private static Chat germanAtQuestion(int index) {
		Chat chat = germanAtFirstQuestion();
		chat.type("Beim Fußball.");
		chat.tap("Nächste Frage");
		if (index > 1) {
			chat.type("Bei der Wohnungssuche.");
			chat.tap("Nächste Frage");
		}
		if (index > 2) {
			chat.tap("4");
		}
		for (int i = 3; i < index; i++) {
			chat.tap("Überspringen");
		}
		assertThat(chat.state.questionIndex()).isEqualTo(index);
		return chat;
	}

	// Starting

	@Test
	void newParticipantWithAKnownAppLanguageIsWelcomedInIt() {
		Chat chat = new Chat(ENGINE, "en-GB");
		chat.command("start");
		assertThat(chat.said()).contains("Office for Migration and Participation", "7 questions", "5 minutes");
		assertThat(chat.buttons()).containsExactly("Yes, let's start", "Privacy", "Change language");
		assertThat(chat.state.phase()).isEqualTo(Phase.WELCOME);
		assertThat(chat.state.language()).isEqualTo("en");
		chat.assertNothingChanged();
	}

	@Test
	void newParticipantWithAnUnknownAppLanguageChoosesALanguageFirst() {
		Chat chat = new Chat(ENGINE, "pt-BR");
		chat.command("start");
		assertThat(chat.said()).contains("Welche Sprache möchten Sie?", "Which language would you like?");
		assertThat(chat.buttons()).contains("Deutsch – Einfache Sprache", "English");
		chat.tap("English");
		assertThat(chat.said()).contains("Would you like to take part?");
		assertThat(chat.state.language()).isEqualTo("en");
		assertThat(chat.state.phase()).isEqualTo(Phase.WELCOME);
	}

	@Test
	void anyFirstMessageOfANewParticipantShowsTheWelcome() {
		Chat chat = new Chat(ENGINE, "de");
		chat.type("Hallo");
		assertThat(chat.said()).contains("Büro für Migration und Teilhabe der Stadt Wilhelmshaven");
		chat.assertNothingChanged();
	}

	@Test
	void nothingIsStoredBeforeConsent() {
		Chat chat = new Chat(ENGINE, "de");
		chat.command("start");
		chat.type("Hier ist meine Meinung");
		assertThat(chat.said()).contains("Bitte tippen Sie auf einen Knopf.", "Möchten Sie mitmachen?");
		chat.press("a:0:x");
		chat.command("restart");
		assertThat(chat.stored).isEmpty();
		assertThat(chat.state.consented()).isFalse();
	}

	@Test
	void consentLeadsToTheFirstQuestion() {
		Chat chat = germanAtFirstQuestion();
		assertThat(chat.state.consented()).isTrue();
		assertThat(chat.said()).startsWith("Frage 1 von 7\n").contains("offen für alle?");
	}

	@Test
	void aValidStartCodeBecomesTheChannel() {
		Chat chat = new Chat(ENGINE, "de");
		chat.command("start", "verein42");
		assertThat(chat.state.channel()).isEqualTo("verein42");
	}

	@Test
	void anInvalidStartCodeIsIgnored() {
		Chat chat = new Chat(ENGINE, "de");
		chat.command("start", "verein 42!");
		assertThat(chat.state.channel()).isEqualTo("direct");
		chat.command("start", "x".repeat(65));
		assertThat(chat.state.channel()).isEqualTo("direct");
	}

	@Test
	void aLaterStartKeepsTheChannelAndShowsWhereTheParticipantIs() {
		Chat chat = new Chat(ENGINE, "de");
		chat.command("start", "verein42");
		chat.tap("Ja, los geht's");
		chat.type("Im Verein.");
		chat.tap("Nächste Frage");
		chat.command("start", "schule7");
		assertThat(chat.state.channel()).isEqualTo("verein42");
		assertThat(chat.said()).contains("Willkommen zurück!", "Frage 2 von 7");
		assertThat(chat.stored).hasSize(1);
	}

	@Test
	void resumeRepeatsTheCurrentQuestionAndChangesNothing() {
		Chat chat = germanAtQuestion(2);
		ConversationState before = chat.state;
		chat.send(new Input.Resume());
		assertThat(chat.said()).contains("Frage 3 von 7");
		assertThat(chat.state).isEqualTo(before);
		chat.assertNothingChanged();
	}

	// Free text

	@Test
	void textAnswerIsStoredAndOffersAnotherThoughtOrNextQuestion() {
		Chat chat = germanAtFirstQuestion();
		chat.type("  Beim Stadtfest feiern alle zusammen.  ");
		assertThat(chat.last.changes()).containsExactly(
				new Add(DIALOGUE, "open-where", "Beim Stadtfest feiern alle zusammen.", "de"));
		assertThat(chat.buttons()).containsExactly("Noch etwas sagen", "Nächste Frage");
		assertThat(chat.state.phase()).isEqualTo(Phase.AFTER_TEXT);
	}

	@Test
	void typingAgainAfterATextAnswerAddsAnotherThought() {
		Chat chat = germanAtFirstQuestion();
		chat.type("Im Sportverein.");
		chat.type("Und in der Schule.");
		assertThat(chat.stored).containsExactly(new Add(DIALOGUE, "open-where", "Im Sportverein.", "de"),
				new Add(DIALOGUE, "open-where", "Und in der Schule.", "de"));
	}

	@Test
	void addAnotherThoughtInvitesToWriteAndKeepsTheQuestion() {
		Chat chat = germanAtFirstQuestion();
		chat.type("Im Sportverein.");
		chat.tap("Noch etwas sagen");
		assertThat(chat.said()).contains("Schreiben Sie Ihren nächsten Gedanken.");
		chat.assertNothingChanged();
		chat.type("Und beim Bäcker.");
		assertThat(chat.stored).hasSize(2);
		chat.tap("Nächste Frage");
		assertThat(chat.said()).contains("Frage 2 von 7");
	}

	@Test
	void nextQuestionIsOnlyOfferedAfterAnAnswerToARequiredTextQuestion() {
		Chat chat = germanAtFirstQuestion();
		assertThat(chat.buttons()).isEmpty();
		chat.press("n:0");
		assertThat(chat.said()).contains("Dieser Knopf gilt nicht mehr.", "Frage 1 von 7");
		assertThat(chat.state.questionIndex()).isZero();
	}

	// Rating

	@Test
	void aRatingButtonStoresTheRatingAndMovesOn() {
		Chat chat = germanAtQuestion(2);
		assertThat(chat.said()).contains("1 = gar nicht offen", "5 = sehr offen");
		assertThat(chat.buttons()).containsExactly("1", "2", "3", "4", "5");
		chat.tap("2");
		assertThat(chat.last.changes()).containsExactly(new Replace(DIALOGUE, "how-open", List.of("2"), "de"));
		assertThat(chat.said()).contains("Frage 4 von 7");
	}

	@Test
	void aRatingCanAlsoBeTyped() {
		Chat chat = germanAtQuestion(2);
		chat.type(" 5 ");
		assertThat(chat.last.changes()).containsExactly(new Replace(DIALOGUE, "how-open", List.of("5"), "de"));
	}

	@Test
	void typedTextOnAChoiceQuestionAsksForTheButtons() {
		Chat chat = germanAtQuestion(2);
		chat.type("ziemlich offen");
		assertThat(chat.said()).contains("Bitte tippen Sie auf einen Knopf.", "Frage 3 von 7");
		chat.type("7");
		assertThat(chat.said()).contains("Bitte tippen Sie auf einen Knopf.");
		assertThat(chat.stored).hasSize(2);
		assertThat(chat.state.questionIndex()).isEqualTo(2);
	}

	@Test
	void aDoubleTapOnAChoiceStoresOneAnswer() {
		Chat chat = germanAtQuestion(2);
		String four = chat.buttonData("4");
		chat.press(four);
		chat.press(four);
		assertThat(chat.said()).contains("Dieser Knopf gilt nicht mehr.", "Frage 4 von 7");
		assertThat(chat.stored).filteredOn(Replace.class::isInstance).hasSize(1);
	}

	// Multiple choice

	@Test
	void multipleChoiceTicksOptionsInPlaceAndDoneStoresAllTicked() {
		Chat chat = germanAtQuestion(3);
		assertThat(chat.said()).contains("Tippen Sie auf alles, was passt.");
		chat.tap("Arbeit finden und arbeiten");
		assertThat(chat.lastReply().replacesPressedMessage()).isTrue();
		assertThat(chat.buttons()).contains("✓ Arbeit finden und arbeiten", "Mitmachen und mitreden");
		chat.tap("Offen für alle, gegen Rassismus");
		chat.assertNothingChanged();
		chat.tap("Fertig");
		assertThat(chat.last.changes())
			.containsExactly(new Replace(DIALOGUE, "fields", List.of("opening", "work"), "de"));
		assertThat(chat.said()).contains("Frage 5 von 7", "Wie alt sind Sie?");
	}

	@Test
	void tappingATickedOptionAgainUnticksIt() {
		Chat chat = germanAtQuestion(3);
		chat.tap("Arbeit finden und arbeiten");
		chat.tap("Arbeit finden und arbeiten");
		assertThat(chat.buttons()).contains("Arbeit finden und arbeiten").noneMatch(label -> label.startsWith("✓"));
		assertThat(chat.state.selections()).isEmpty();
	}

	@Test
	void doneWithNothingTickedSkipsAnOptionalQuestion() {
		Chat chat = germanAtQuestion(3);
		chat.tap("Fertig");
		chat.assertNothingChanged();
		assertThat(chat.state.questionIndex()).isEqualTo(4);
	}

	// Single choice and skipping

	@Test
	void aSingleChoiceStoresTheOptionAndMovesOn() {
		Chat chat = germanAtQuestion(4);
		assertThat(chat.buttons()).containsExactly("unter 18", "18 bis 29", "30 bis 49", "50 bis 64", "65 oder älter",
				"Überspringen");
		chat.tap("30 bis 49");
		assertThat(chat.last.changes()).containsExactly(new Replace(DIALOGUE, "age", List.of("30-49"), "de"));
		assertThat(chat.said()).contains("Wohnen oder arbeiten Sie in Wilhelmshaven?");
	}

	@Test
	void everyOptionalQuestionCanBeSkippedWithoutStoringAnything() {
		Chat chat = germanAtQuestion(3);
		for (int question = 3; question < 7; question++) {
			assertThat(chat.buttons()).contains("Überspringen");
			chat.tap("Überspringen");
			chat.assertNothingChanged();
		}
		assertThat(chat.state.phase()).isEqualTo(Phase.DONE);
	}

	@Test
	void aRequiredQuestionHasNoSkipButtonAndRefusesAForgedSkip() {
		Chat chat = germanAtQuestion(2);
		assertThat(chat.buttons()).doesNotContain("Überspringen");
		chat.press("s:2");
		assertThat(chat.said()).contains("Dieser Knopf gilt nicht mehr.");
		assertThat(chat.state.questionIndex()).isEqualTo(2);
	}

	// The end

	@Test
	void theLastAnswerIsThankedWithTheShareLink() {
		Chat chat = germanAtQuestion(6);
		chat.tap("Das sage ich lieber nicht");
		assertThat(chat.last.changes())
			.containsExactly(new Replace(DIALOGUE, "immigration", List.of("rather-not-say"), "de"));
		assertThat(chat.said()).contains("Vielen Dank für Ihre Antworten!", Chat.LINK);
		assertThat(chat.state.phase()).isEqualTo(Phase.DONE);
	}

	@Test
	void inputAfterTheEndGetsAFriendlyNoteAndIsNotStored() {
		Chat chat = germanAtQuestion(6);
		chat.tap("Nein");
		chat.type("Noch eine Idee!");
		assertThat(chat.said()).contains("Sie haben alle Fragen beantwortet.", "/restart", "/delete");
		chat.assertNothingChanged();
		chat.press("a:6:yes");
		assertThat(chat.said()).contains("Sie haben alle Fragen beantwortet.");
		chat.assertNothingChanged();
	}

	// Commands at any time

	@Test
	void switchingLanguageMidDialogueRepeatsTheQuestionInTheNewLanguageAndKeepsEverything() {
		Chat chat = germanAtQuestion(3);
		chat.tap("Arbeit finden und arbeiten");
		chat.command("language");
		assertThat(chat.state.phase()).isEqualTo(Phase.CHOOSING_LANGUAGE);
		chat.tap("English");
		assertThat(chat.said()).contains("Question 4 of 7", "Which areas does it touch?");
		assertThat(chat.buttons()).contains("✓ Finding work and working", "Done", "Skip");
		chat.tap("Done");
		assertThat(chat.last.changes()).containsExactly(new Replace(DIALOGUE, "fields", List.of("work"), "en"));
		assertThat(chat.stored).hasSize(4);
	}

	@Test
	void privacyIsShownThenTheCurrentQuestionAgain() {
		Chat chat = germanAtQuestion(1);
		chat.command("privacy");
		assertThat(chat.last.replies()).hasSize(2);
		assertThat(chat.last.replies().get(0).text()).contains("Datenschutz", "/delete");
		assertThat(chat.lastReply().text()).contains("Frage 2 von 7");
		chat.assertNothingChanged();
	}

	@Test
	void thePrivacyButtonOnTheWelcomeShowsThePrivacyText() {
		Chat chat = new Chat(ENGINE, "de");
		chat.command("start");
		chat.tap("Datenschutz");
		assertThat(chat.said()).contains("Wir speichern nicht Ihren Namen", "Möchten Sie mitmachen?");
		assertThat(chat.state.phase()).isEqualTo(Phase.WELCOME);
	}

	@Test
	void helpListsTheCommands() {
		Chat chat = germanAtQuestion(1);
		chat.command("help");
		assertThat(chat.said()).contains("/start", "/language", "/restart", "/privacy", "/delete");
		assertThat(chat.state.questionIndex()).isEqualTo(1);
	}

	@Test
	void restartGoesBackToTheFirstQuestionAndKeepsTheStoredAnswers() {
		Chat chat = germanAtQuestion(3);
		chat.command("restart");
		assertThat(chat.said()).contains("Wir fangen noch einmal von vorne an.", "Frage 1 von 7");
		chat.assertNothingChanged();
		assertThat(chat.stored).hasSize(3);
		chat.type("Noch ein Beispiel.");
		assertThat(chat.stored).hasSize(4);
	}

	@Test
	void restartBeforeConsentShowsTheWelcome() {
		Chat chat = new Chat(ENGINE, "de");
		chat.command("start");
		chat.command("restart");
		assertThat(chat.said()).contains("Möchten Sie mitmachen?");
		assertThat(chat.state.phase()).isEqualTo(Phase.WELCOME);
	}

	@Test
	void deleteAsksFirstAndYesDeletesEverythingAndForgetsTheParticipant() {
		Chat chat = germanAtQuestion(3);
		chat.command("delete");
		assertThat(chat.said()).contains("Möchten Sie alles löschen?");
		chat.assertNothingChanged();
		chat.tap("Ja, alles löschen");
		assertThat(chat.last.changes()).containsExactly(new AnswerChange.DeleteEverything());
		assertThat(chat.said()).contains("Alles ist gelöscht.");
		assertThat(chat.state.consented()).isFalse();
		assertThat(chat.state.language()).isEqualTo("de");
		chat.type("Hallo");
		assertThat(chat.said()).contains("Möchten Sie mitmachen?");
		chat.assertNothingChanged();
	}

	@Test
	void deleteNoKeepsEverythingAndReturnsToTheQuestion() {
		Chat chat = germanAtQuestion(2);
		chat.command("delete");
		chat.tap("Nein, nichts löschen");
		assertThat(chat.said()).contains("Gut. Wir löschen nichts.", "Frage 3 von 7");
		chat.assertNothingChanged();
		assertThat(chat.state.phase()).isEqualTo(Phase.QUESTION);
		chat.tap("3");
		assertThat(chat.stored).hasSize(3);
	}

	@Test
	void aDeleteConfirmationButtonPressedLaterIsStale() {
		Chat chat = germanAtQuestion(2);
		chat.command("delete");
		String yes = chat.buttonData("Ja, alles löschen");
		chat.tap("Nein, nichts löschen");
		chat.press(yes);
		assertThat(chat.said()).contains("Dieser Knopf gilt nicht mehr.");
		chat.assertNothingChanged();
	}

	// Bad input

	@Test
	void commandsAreRecognisedWhateverTheirCaseOrBotName() {
		Chat chat = germanAtQuestion(1);
		chat.command("Help");
		assertThat(chat.said()).contains("/restart");
		chat.command("privacy@mitreden_bot");
		assertThat(chat.said()).contains("Wir speichern nicht Ihren Namen");
	}

	@Test
	void anUnknownCommandPointsToHelp() {
		Chat chat = germanAtQuestion(1);
		chat.command("weather");
		assertThat(chat.said()).contains("Diesen Befehl kenne ich nicht.", "/help");
		chat.assertNothingChanged();
	}

	@Test
	void unsupportedMediaIsAnsweredKindlyAndChangesNothing() {
		Chat chat = germanAtQuestion(1);
		ConversationState before = chat.state;
		for (Input.UnsupportedKind kind : Input.UnsupportedKind.values()) {
			chat.send(new Input.Unsupported(kind));
			assertThat(chat.said()).isEqualTo("Ich kann nur Text lesen. Bitte schreiben Sie Ihre Antwort.");
			assertThat(chat.state).isEqualTo(before);
			chat.assertNothingChanged();
		}
	}

	@Test
	void blankTextIsRefused() {
		Chat chat = germanAtFirstQuestion();
		chat.type("  \n ");
		assertThat(chat.said()).contains("Ihre Nachricht ist leer.");
		chat.assertNothingChanged();
		assertThat(chat.state.phase()).isEqualTo(Phase.QUESTION);
	}

	@Test
	void textOver2000CharactersIsRefusedWithItsLength() {
		Chat chat = germanAtFirstQuestion();
		chat.type("a".repeat(2001));
		assertThat(chat.said()).contains("Ihr Text ist zu lang.", "2001 Zeichen", "höchstens 2000 Zeichen");
		chat.assertNothingChanged();
		chat.type("a".repeat(2000));
		assertThat(chat.stored).hasSize(1);
	}

	@Test
	void staleOrForgedButtonsShowTheCurrentQuestionAgainAndStoreNothing() {
		Chat chat = germanAtQuestion(4);
		for (String forged : List.of("a:3:work", "a:4:elderly", "a:99:x", "t:4:under-18", "c", "L:de", "Y", "nonsense",
				"a:4:" + "x".repeat(70), "", "n:4", "m:4")) {
			chat.press(forged);
			assertThat(chat.said()).as(forged).contains("Dieser Knopf gilt nicht mehr.", "Frage 5 von 7");
			chat.assertNothingChanged();
			assertThat(chat.state.questionIndex()).isEqualTo(4);
		}
	}

	@Test
	void everyButtonCarriesAtMost64Bytes() {
		Chat chat = germanAtQuestion(3);
		for (int question = 3; question < 7; question++) {
			assertThat(chat.last.replies()).flatMap(Reply::buttons)
				.allSatisfy(row -> assertThat(row).allMatch(button -> button.data().getBytes().length <= 64));
			chat.tap("Überspringen");
		}
	}

	// Full walks

	@Test
	void aGermanParticipantWalksThroughTheWholeDialogue() {
		Chat chat = new Chat(ENGINE, "de-DE");
		chat.command("start", "verein42");
		chat.tap("Ja, los geht's");
		chat.type("Beim Stadtfest.");
		chat.type("Im Sportverein.");
		chat.tap("Nächste Frage");
		chat.type("Bei Ämtern ist es schwer.");
		chat.tap("Nächste Frage");
		chat.tap("3");
		chat.tap("Gleiche Chancen bei Ämtern, Wohnung, Schule");
		chat.tap("Fertig");
		chat.tap("18 bis 29");
		chat.tap("Beides");
		chat.tap("Ja");
		assertThat(chat.said()).contains("Vielen Dank", Chat.LINK);
		assertThat(chat.state.channel()).isEqualTo("verein42");
		assertThat(chat.stored).containsExactly(new Add(DIALOGUE, "open-where", "Beim Stadtfest.", "de"),
				new Add(DIALOGUE, "open-where", "Im Sportverein.", "de"),
				new Add(DIALOGUE, "open-not-yet", "Bei Ämtern ist es schwer.", "de"),
				new Replace(DIALOGUE, "how-open", List.of("3"), "de"),
				new Replace(DIALOGUE, "fields", List.of("fair-access"), "de"),
				new Replace(DIALOGUE, "age", List.of("18-29"), "de"),
				new Replace(DIALOGUE, "lives-works", List.of("both"), "de"),
				new Replace(DIALOGUE, "immigration", List.of("yes"), "de"));
	}

	@Test
	void anEnglishParticipantWalksThroughTheWholeDialogue() {
		Chat chat = new Chat(ENGINE, "en-US");
		chat.command("start");
		chat.tap("Yes, let's start");
		chat.type("At the harbour festival.");
		chat.tap("Next question");
		assertThat(chat.said()).contains("Question 2 of 7");
		chat.type("Finding a flat is hard.");
		chat.tap("Next question");
		chat.tap("4");
		chat.tap("Living together and meeting");
		chat.tap("Talking together, solving conflicts");
		chat.tap("Done");
		chat.tap("65 or older");
		chat.tap("I live here");
		chat.tap("I'd rather not say");
		assertThat(chat.said()).contains("Thank you very much for your answers!", Chat.LINK);
		assertThat(chat.stored).hasSize(7).allMatch(change -> change.toString().endsWith("language=en]"));
		assertThat(chat.stored.get(3)).isEqualTo(
				new Replace(DIALOGUE, "fields", List.of("togetherness", "communication"), "en"));
	}

	// Transport helpers

	@Test
	void languagesResolveFromClientLanguageTags() {
		assertThat(ENGINE.resolveLanguage("de-AT")).isEqualTo("de");
		assertThat(ENGINE.resolveLanguage("en_GB")).isEqualTo("en");
		assertThat(ENGINE.resolveLanguage("pt")).isEqualTo("de");
		assertThat(ENGINE.resolveLanguage(null)).isEqualTo("de");
		assertThat(ENGINE.languages()).startsWith("de", "en");
	}

	@Test
	void theCommandMenuHasTheSixCommandsInTheParticipantsLanguage() {
		assertThat(ENGINE.commandMenu("en")).extracting(CommandInfo::name)
			.containsExactly("start", "help", "language", "restart", "privacy", "delete");
		assertThat(ENGINE.commandMenu("de")).contains(new CommandInfo("delete", "Alles löschen"));
	}

	@Test
	void transportsGetGenericTexts() {
		assertThat(ENGINE.text("de", "web.send")).isEqualTo("Senden");
		assertThat(ENGINE.text("en-US", "errors.group-chat", java.util.Map.of("link", "https://t.me/x")))
			.contains("only in a private chat", "https://t.me/x");
		assertThat(ENGINE.shareText("en", "https://t.me/x")).contains("Have your say", "https://t.me/x");
		assertThat(ENGINE.isRightToLeft("de")).isFalse();
	}

	@Test
	void theEngineIsAPureFunction() {
		Chat chat = germanAtQuestion(1);
		Step first = ENGINE.handle(chat.state, new Input.Text("Gleiche Eingabe"),
				new StepContext(LocalDate.of(2026, 6, 1), "de", Chat.LINK));
		Step second = ENGINE.handle(chat.state, new Input.Text("Gleiche Eingabe"),
				new StepContext(LocalDate.of(2026, 6, 1), "de", Chat.LINK));
		assertThat(first).isEqualTo(second);
	}

}
