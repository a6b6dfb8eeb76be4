package de.mitreden.dialogue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An invalid dialogue file stops start-up with the file, the line and the problem. */
class DialogueCatalogTest {

	@TempDir
	Path root;

	TestBotFolder bot;

	@BeforeEach
	void smallDialogue() {
		bot = new TestBotFolder(root).withSmallDialogue();
	}

	@Test
	void theBundledDialogueLoads() {
		DialogueCatalog catalog = DialogueCatalog.load(BotFiles.directory(Path.of("bot")));
		Dialogue dialogue = catalog.find("wilhelmshaven-weltoffen").orElseThrow();
		assertThat(dialogue.questions()).extracting(Question::kind)
			.containsExactly(QuestionKind.TEXT, QuestionKind.TEXT, QuestionKind.RATING, QuestionKind.MULTIPLE,
					QuestionKind.SINGLE, QuestionKind.SINGLE, QuestionKind.SINGLE);
		assertThat(dialogue.questions().subList(3, 7)).allMatch(Question::optional);
		assertThat(dialogue.questions()).filteredOn(Question::profile)
			.extracting(Question::id)
			.containsExactly("age", "lives-works", "immigration");
		assertThat(dialogue.question(3).options()).hasSize(7);
		assertThat(dialogue.languages()).contains("de", "en");
		assertThat(dialogue.closes()).isNull();
		assertThat(dialogue.isOpen(LocalDate.now())).isTrue();
	}

	@Test
	void aValidSmallDialogueLoads() {
		Dialogue dialogue = bot.load().find("small").orElseThrow();
		assertThat(dialogue.question(1).scale()).isEqualTo(3);
		assertThat(dialogue.texts("en").questions().get("color").options()).containsEntry("blue", "Blue");
	}

	@Test
	void anUnknownKindNamesFileLineAndKind() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("kind: text", "kind: txt"));
		assertFails("dialogues/small/dialogue.yml, line 6: unknown kind 'txt'");
	}

	@Test
	void aMisspelledKeyIsAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("optional: true", "optinal: true"));
		assertFails("dialogues/small/dialogue.yml, line 12: unknown key 'optinal'");
	}

	@Test
	void aProfileQuestionMustBeSingleChoice() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("kind: rating", "kind: rating\n    profile: true"));
		assertFails("dialogues/small/dialogue.yml, line 9: question 'mood' is not single choice; only single-choice questions can be profile questions");
	}

	@Test
	void aProfileMarkIsTrueOrFalse() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("optional: true", "optional: true\n    profile: ja"));
		assertFails("dialogues/small/dialogue.yml, line 13: profile must be true or false, not 'ja'");
	}

	@Test
	void aQuestionIdUsedTwiceIsAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("id: mood", "id: idea"));
		assertFails("dialogues/small/dialogue.yml, line 7: the question id 'idea' is used twice");
	}

	@Test
	void optionsOnATextQuestionAreAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("kind: text", "kind: text\n    options: [a, b]"));
		assertFails("dialogues/small/dialogue.yml, line 7: question 'idea' is a text question");
	}

	@Test
	void aChoiceWithoutOptionsIsAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("    options: [red, blue]\n", ""));
		assertFails("dialogues/small/dialogue.yml, line 10: question 'color' is single choice and needs 'options'");
	}

	@Test
	void aRatingScaleOutsideTwoToTenIsAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("scale: 3", "scale: 11"));
		assertFails("dialogues/small/dialogue.yml, line 9: scale must be a number from 2 to 10");
		bot.dialogue(TestBotFolder.DIALOGUE.replace("scale: 3", "scale: 1"));
		assertFails("line 9: scale must be a number from 2 to 10");
	}

	@Test
	void opensAfterClosesIsAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("default-language: de",
				"default-language: de\nopens: 2026-05-01\ncloses: 2026-04-30"));
		assertFails("dialogues/small/dialogue.yml, line 5: 'closes' (2026-04-30) is before 'opens' (2026-05-01)");
	}

	@Test
	void aBadDateIsAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("default-language: de", "default-language: de\nopens: 1.5.2026"));
		assertFails("dialogues/small/dialogue.yml, line 4: '1.5.2026' is not a date");
	}

	@Test
	void aMissingQuestionTextInADeclaredLanguageIsAnError() {
		bot.write("dialogues/small/en.yml", TestBotFolder.ENGLISH.replace("    text: How are you?\n", ""));
		assertFails("dialogues/small/en.yml, line 9: question 'mood' has no 'text'");
	}

	@Test
	void aQuestionWithoutTextsInALanguageIsAnError() {
		bot.write("dialogues/small/en.yml",
				TestBotFolder.ENGLISH.replace("  idea:\n    text: What is your idea?\n", ""));
		assertFails("dialogues/small/en.yml, line 6: no text for the question 'idea'");
	}

	@Test
	void textsForAnUnknownQuestionAreAnError() {
		bot.write("dialogues/small/en.yml", TestBotFolder.ENGLISH.replace("  idea:", "  ideas:"));
		assertFails("dialogues/small/en.yml, line 7: texts for the question 'ideas'");
	}

	@Test
	void aLanguageDeclaredWithoutItsFileIsAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("[de, en]", "[de, en, tr]"));
		assertFails("dialogues/small/dialogue.yml, line 2: the language 'tr' is declared, but "
				+ root.resolve("dialogues/small/tr.yml") + " is missing");
	}

	@Test
	void aLanguageWithoutSharedMessagesIsAnError() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("[de, en]", "[de, en, tr]"))
			.write("dialogues/small/tr.yml", TestBotFolder.ENGLISH);
		assertFails("line 2: the language 'tr' is declared, but " + root.resolve("messages/tr.yml") + " is missing");
	}

	@Test
	void aMissingSharedMessageKeyIsAnError() {
		bot.write("messages/en.yml", bot.readBack("messages/en.yml").replace("  skip: \"Skip\"\n", ""));
		assertFails("messages/en.yml, line 16: missing key 'buttons.skip'");
	}

	@Test
	void aSharedMessageWithoutItsPlaceholderIsAnError() {
		bot.write("messages/en.yml", bot.readBack("messages/en.yml").replace("starts on {date}", "starts soon"));
		assertFails("'closed.not-yet' must contain {date}");
	}

	@Test
	void brokenYamlNamesTheLine() {
		bot.dialogue(TestBotFolder.DIALOGUE.replace("  - id: mood", "  - id: mood: x"));
		assertFails("dialogues/small/dialogue.yml, line 7: not valid YAML");
	}

	private void assertFails(String expected) {
		assertThatThrownBy(bot::load).isInstanceOf(DialogueFileException.class)
			.hasMessageContaining(expected)
			.hasMessageStartingWith(root.toString());
	}

}
