package de.mitreden.webchat;

import java.nio.file.Path;

import de.mitreden.dialogue.BotFiles;
import de.mitreden.dialogue.BotTexts;
import de.mitreden.dialogue.DialogueCatalog;
import de.mitreden.dialogue.DialogueEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat page's own texts exist, translated, in every language of the bundled dialogue. */
class PageTextsTest {

	private final DialogueEngine engine = bundledEngine();

	@Test
	void theBundledDialogueSpeaksAllSixLanguages() {
		assertThat(this.engine.languages()).containsExactlyInAnyOrder("de", "en", "tr", "ar", "uk", "ru");
	}

	@Test
	void everyLanguageHasThePageLabelsAndTheMenu() {
		PageTexts german = PageTexts.of(this.engine, "de");
		for (String language : this.engine.languages()) {
			PageTexts texts = PageTexts.of(this.engine, language);
			assertThat(texts.title()).as(language).isNotBlank();
			assertThat(texts.anonymousNote()).as(language).isNotBlank();
			assertThat(texts.placeholder()).as(language).isNotBlank();
			assertThat(texts.send()).as(language).isNotBlank();
			assertThat(texts.menu()).as(language)
				.extracting(PageTexts.MenuEntry::command)
				.containsExactly("language", "privacy", "restart", "delete");
			assertThat(texts.menu()).as(language).allSatisfy((entry) -> assertThat(entry.label()).isNotBlank());
			if (!language.equals("de")) {
				assertThat(texts.inputLabel()).as(language + " is translated").isNotEqualTo(german.inputLabel());
				assertThat(texts.send()).as(language + " is translated").isNotEqualTo(german.send());
			}
		}
	}

	@Test
	void onlyArabicIsWrittenRightToLeft() {
		assertThat(this.engine.languages()).filteredOn(this.engine::isRightToLeft).containsExactly("ar");
	}

	private static DialogueEngine bundledEngine() {
		BotFiles files = BotFiles.directory(Path.of("bot"));
		return new DialogueEngine(DialogueCatalog.load(files), BotTexts.load(files));
	}

}
