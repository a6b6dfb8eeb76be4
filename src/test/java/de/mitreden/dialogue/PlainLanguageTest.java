package de.mitreden.dialogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.mitreden.dialogue.DialogueTexts.QuestionTexts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every citizen text of the bundled bot folder, in every language present, follows the plain-language
 * guide: at most 12 words per sentence, no word over 20 letters, a question ends with one "?".
 */
class PlainLanguageTest {

	private static final int MAX_WORDS = 12;

	private static final int MAX_LETTERS = 20;

	/** Placeholders, commands, links and e-mail addresses are not words a reader has to parse. */
	private static final Pattern NOT_COUNTED = Pattern
		.compile("\\{[A-Za-z]+\\}|(?<![\\p{L}\\d])/[a-z]+|https?://\\S+|www\\.\\S+|\\S+@\\S+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟\\n]+");

	private static final BotFiles FILES = BotFiles.directory(Path.of("bot"));

	private static final DialogueCatalog CATALOG = DialogueCatalog.load(FILES);

	@Test
	void everySentenceHasAtMost12WordsAndNoWordOver20Letters() {
		List<String> problems = new ArrayList<>();
		allTexts().forEach((where, text) -> problems.addAll(problemsIn(where, text)));
		assertThat(problems).as("texts that break the plain-language rules").isEmpty();
	}

	@Test
	void everyQuestionEndsWithExactlyOneQuestionMark() {
		List<String> problems = new ArrayList<>();
		for (Dialogue dialogue : CATALOG.dialogues()) {
			for (String language : dialogue.languages()) {
				dialogue.texts(language).questions().forEach((id, texts) -> {
					String text = texts.text().strip();
					long marks = text.chars().filter(c -> c == '?' || c == '؟').count();
					if (marks != 1 || !(text.endsWith("?") || text.endsWith("؟"))) {
						problems.add(dialogueFile(dialogue, language) + " [questions." + id + ".text]: " + text);
					}
				});
			}
		}
		assertThat(problems).as("questions that are not exactly one question").isEmpty();
	}

	/** A translation only counts (and is only checked) once its language is declared. */
	@Test
	void everyTextFileOfADialogueIsADeclaredLanguage() {
		for (Dialogue dialogue : CATALOG.dialogues()) {
			List<String> textFiles = FILES.list("dialogues/" + dialogue.id())
				.stream()
				.filter(name -> name.endsWith(".yml") && !name.equals("dialogue.yml"))
				.map(name -> name.substring(0, name.length() - ".yml".length()))
				.toList();
			assertThat(dialogue.languages()).as("languages declared in dialogues/" + dialogue.id() + "/dialogue.yml")
				.containsAll(textFiles);
		}
	}

	@Test
	void theCheckCatchesLongSentencesAndLongWords() {
		assertThat(problemsIn("x", "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn."))
			.hasSize(1);
		assertThat(problemsIn("x", "Das ist eine Einwanderungsgeschichte.")).hasSize(1);
		assertThat(problemsIn("x", "Mit /delete löschen Sie {count} Antworten auf https://example.org/a/b.")).isEmpty();
		assertThat(problemsIn("x", "هل أنت مستعد؟ نعم")).isEmpty();
	}

	static List<String> problemsIn(String where, String text) {
		List<String> problems = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(NOT_COUNTED.matcher(text).replaceAll(" "))) {
			List<String> words = words(sentence);
			if (words.size() > MAX_WORDS) {
				problems.add(where + ": " + words.size() + " words: \"" + sentence.strip() + "\"");
			}
			words.stream()
				.filter(word -> word.codePoints().filter(Character::isLetter).count() > MAX_LETTERS)
				.forEach(word -> problems.add(where + ": word over " + MAX_LETTERS + " letters: \"" + word + "\""));
		}
		return problems;
	}

	private static List<String> words(String sentence) {
		return Pattern.compile("\\s+")
			.splitAsStream(sentence.strip())
			.filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
			.toList();
	}

	/** "file [key]" → text, for every language with a messages file or declared by a dialogue. */
	private static Map<String, String> allTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		Set<String> languages = new LinkedHashSet<>(CATALOG.texts().languages());
		CATALOG.dialogues().forEach(dialogue -> languages.addAll(dialogue.languages()));
		for (String language : languages) {
			messageTexts(language, texts);
			for (Dialogue dialogue : CATALOG.dialogues()) {
				if (dialogue.languages().contains(language)) {
					dialogueTexts(dialogue, language, texts);
				}
			}
		}
		assertThat(languages).as("languages found").contains("de", "en");
		return texts;
	}

	private static void messageTexts(String language, Map<String, String> texts) {
		String file = FILES.describe("messages/" + language + ".yml");
		for (String key : BotTexts.KEYS) {
			if (!key.equals("dates.months") && !key.equals("language.direction")) {
				texts.put(file + " [" + key + "]", CATALOG.texts().get(language, key));
			}
		}
	}

	private static void dialogueTexts(Dialogue dialogue, String language, Map<String, String> texts) {
		String file = dialogueFile(dialogue, language);
		DialogueTexts dialogueTexts = dialogue.texts(language);
		texts.put(file + " [title]", dialogueTexts.title());
		texts.put(file + " [welcome]", dialogueTexts.welcome());
		texts.put(file + " [privacy]", dialogueTexts.privacy());
		texts.put(file + " [thanks]", dialogueTexts.thanks());
		if (dialogueTexts.share() != null) {
			texts.put(file + " [share]", dialogueTexts.share());
		}
		dialogueTexts.questions().forEach((id, question) -> questionTexts(file + " [questions." + id, question, texts));
	}

	private static void questionTexts(String prefix, QuestionTexts question, Map<String, String> texts) {
		texts.put(prefix + ".text]", question.text());
		question.options().forEach((option, label) -> texts.put(prefix + ".options." + option + "]", label));
		if (question.low() != null) {
			texts.put(prefix + ".low]", question.low());
			texts.put(prefix + ".high]", question.high());
		}
	}

	private static String dialogueFile(Dialogue dialogue, String language) {
		return FILES.describe("dialogues/" + dialogue.id() + "/" + language + ".yml");
	}

}
