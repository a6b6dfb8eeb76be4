package de.mitreden.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small bot folder in a temporary directory: the real German and English messages plus a small
 * dialogue "small" (text, rating 1–3, optional single choice) that tests can change line by line.
 */
final class TestBotFolder {

	static final String DIALOGUE = """
			id: small
			languages: [de, en]
			default-language: de
			questions:
			  - id: idea
			    kind: text
			  - id: mood
			    kind: rating
			    scale: 3
			  - id: color
			    kind: single
			    optional: true
			    options: [red, blue]
			""";

	static final String GERMAN = """
			title: Klein
			welcome: Wollen Sie mitmachen?
			privacy: Wir speichern wenig.
			thanks: Danke! {link}
			questions:
			  idea:
			    text: Was ist Ihre Idee?
			  mood:
			    text: Wie geht es Ihnen?
			    low: schlecht
			    high: gut
			  color:
			    text: Welche Farbe mögen Sie?
			    options:
			      red: Rot
			      blue: Blau
			""";

	static final String ENGLISH = """
			title: Small
			welcome: Do you want to take part?
			privacy: We store little.
			thanks: Thanks! {link}
			questions:
			  idea:
			    text: What is your idea?
			  mood:
			    text: How are you?
			    low: bad
			    high: good
			  color:
			    text: Which colour do you like?
			    options:
			      red: Red
			      blue: Blue
			""";

	private final Path root;

	TestBotFolder(Path root) {
		this.root = root;
		copyMessages("de");
		copyMessages("en");
	}

	/** The small dialogue as given above, in German and English. */
	TestBotFolder withSmallDialogue() {
		return dialogue(DIALOGUE).write("dialogues/small/de.yml", GERMAN).write("dialogues/small/en.yml", ENGLISH);
	}

	TestBotFolder dialogue(String dialogueYml) {
		return write("dialogues/small/dialogue.yml", dialogueYml);
	}

	/** A language made from the English texts, written right to left if {@code rtl}. */
	TestBotFolder language(String language, boolean rtl) {
		String messages = read(Path.of("bot/messages/en.yml")).replace("Which language would you like?",
				"Language " + language + "?")
			.replace("name: \"English\"", "name: \"Language " + language + "\"");
		if (rtl) {
			messages = messages.replace("direction: ltr", "direction: rtl");
		}
		return write("messages/" + language + ".yml", messages).write("dialogues/small/" + language + ".yml",
				ENGLISH);
	}

	TestBotFolder write(String path, String content) {
		try {
			Path file = root.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String readBack(String path) {
		return read(root.resolve(path));
	}

	BotFiles files() {
		return BotFiles.directory(root);
	}

	DialogueCatalog load() {
		return DialogueCatalog.load(files());
	}

	DialogueEngine engine() {
		DialogueCatalog catalog = load();
		return new DialogueEngine(catalog, catalog.texts());
	}

	private void copyMessages(String language) {
		write("messages/" + language + ".yml", read(Path.of("bot/messages/" + language + ".yml")));
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
