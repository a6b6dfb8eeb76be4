package de.mitreden.dialogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks one dialogue folder: {@code dialogue.yml} and one text file per declared language. */
final class DialogueReader {

	private static final Set<String> DIALOGUE_KEYS = Set.of("id", "languages", "default-language", "opens", "closes",
			"questions");

	private static final Set<String> QUESTION_KEYS = Set.of("id", "kind", "optional", "options", "scale", "profile");


	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,29}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private final BotFiles files;

	private final String folder;

	private YamlSource source;

	private DialogueReader(BotFiles files, String folder) {
		this.files = files;
		this.folder = folder;
	}

	/** Reads {@code dialogues/<name>/}; {@code messageLanguages} are the languages with a messages file. */
	static Dialogue read(BotFiles files, String name, BotTexts messages) {
		return new DialogueReader(files, "dialogues/" + name).read(name, messages);
	}

	private Dialogue read(String name, BotTexts messages) {
		source = YamlSource.read(files, folder + "/dialogue.yml");
		Map<String, Node> entries = source.entries(source.root(), "dialogue.yml", ordered(DIALOGUE_KEYS));
		String id = id(entries, name);
		List<String> languages = languages(source.required(entries, "languages", source.root(), "dialogue.yml"),
				messages);
		String defaultLanguage = defaultLanguage(entries, languages);
		LocalDate opens = date(entries.get("opens"));
		LocalDate closes = date(entries.get("closes"));
		if (opens != null && closes != null && opens.isAfter(closes)) {
			throw source.error(entries.get("closes"), "'closes' (" + closes + ") is before 'opens' (" + opens + ")");
		}
		List<Question> questions = questions(source.required(entries, "questions", source.root(), "dialogue.yml"));
		Map<String, DialogueTexts> texts = new LinkedHashMap<>();
		for (String language : languages) {
			texts.put(language, DialogueTextReader.read(files, folder + "/" + language + ".yml", questions));
		}
		return new Dialogue(id, languages, defaultLanguage, opens, closes, questions, texts);
	}

	private String id(Map<String, Node> entries, String name) {
		Node node = source.required(entries, "id", source.root(), "dialogue.yml");
		String id = source.scalar(node, "id");
		if (!id.equals(name)) {
			throw source.error(node, "the id '" + id + "' must be the folder name '" + name + "'");
		}
		return id;
	}

	private List<String> languages(Node node, BotTexts messages) {
		Set<String> languages = new LinkedHashSet<>();
		for (Node item : source.sequence(node, "languages")) {
			String language = source.scalar(item, "a language");
			if (!LANGUAGE.matcher(language).matches()) {
				throw source.error(item, "'" + language + "' is not a language code like de or en");
			}
			if (!languages.add(language)) {
				throw source.error(item, "the language '" + language + "' is listed twice");
			}
			requireFile(item, folder + "/" + language + ".yml", language);
			if (!messages.has(language)) {
				throw source.error(item, "the language '" + language + "' is declared, but "
						+ files.describe("messages/" + language + ".yml") + " is missing");
			}
		}
		if (languages.isEmpty()) {
			throw source.error(node, "list at least one language");
		}
		return List.copyOf(languages);
	}

	private void requireFile(Node item, String path, String language) {
		if (!files.exists(path)) {
			throw source.error(item,
					"the language '" + language + "' is declared, but " + files.describe(path) + " is missing");
		}
	}

	private String defaultLanguage(Map<String, Node> entries, List<String> languages) {
		Node node = entries.get("default-language");
		if (node == null) {
			return languages.get(0);
		}
		String language = source.scalar(node, "default-language");
		if (!languages.contains(language)) {
			throw source.error(node, "default-language '" + language + "' is not in languages " + languages);
		}
		return language;
	}

	private LocalDate date(Node node) {
		if (node == null) {
			return null;
		}
		String value = source.scalar(node, "a date");
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw source.error(node, "'" + value + "' is not a date; write it as year-month-day, e.g. 2026-11-30");
		}
	}

	private List<Question> questions(Node node) {
		List<Question> questions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Node item : source.sequence(node, "questions")) {
			Question question = question(item);
			if (!ids.add(question.id())) {
				throw source.error(item, "the question id '" + question.id() + "' is used twice");
			}
			questions.add(question);
		}
		if (questions.isEmpty()) {
			throw source.error(node, "list at least one question");
		}
		return questions;
	}

	private Question question(Node node) {
		Map<String, Node> entries = source.entries(node, "a question", ordered(QUESTION_KEYS));
		String id = identifier(source.required(entries, "id", node, "a question"), "question id");
		String what = "question '" + id + "'";
		QuestionKind kind = kind(source.required(entries, "kind", node, what));
		boolean optional = flag(entries.get("optional"), "optional");
		List<String> options = options(entries.get("options"), kind, node, what);
		int scale = scale(entries.get("scale"), kind, what);
		boolean profile = flag(entries.get("profile"), "profile");
		if (profile && kind != QuestionKind.SINGLE) {
			throw source.error(entries.get("profile"), what + " is not single choice; only single-choice questions can be profile questions");
		}
		return new Question(id, kind, optional, options, scale, profile);
	}

	private QuestionKind kind(Node node) {
		String kind = source.scalar(node, "kind");
		for (QuestionKind candidate : QuestionKind.values()) {
			if (candidate.fileName().equals(kind)) {
				return candidate;
			}
		}
		throw source.error(node, "unknown kind '" + kind + "' (use text, single, multiple or rating)");
	}

	private boolean flag(Node node, String key) {
		if (node == null) {
			return false;
		}
		String value = source.scalar(node, key).toLowerCase(Locale.ROOT);
		if (!value.equals("true") && !value.equals("false")) {
			throw source.error(node, key + " must be true or false, not '" + value + "'");
		}
		return value.equals("true");
	}

	private List<String> options(Node node, QuestionKind kind, Node question, String what) {
		boolean choice = kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE;
		if (node == null) {
			if (choice) {
				throw source.error(question, what + " is " + kind.fileName() + " choice and needs 'options'");
			}
			return List.of();
		}
		if (!choice) {
			throw source.error(node, what + " is a " + kind.fileName()
					+ " question; only single and multiple questions have options");
		}
		Set<String> options = new LinkedHashSet<>();
		for (Node item : source.sequence(node, "options")) {
			String option = identifier(item, "option id");
			if (!options.add(option)) {
				throw source.error(item, "the option '" + option + "' is listed twice in " + what);
			}
		}
		if (options.size() < 2) {
			throw source.error(node, what + " needs at least 2 options");
		}
		return List.copyOf(options);
	}

	private int scale(Node node, QuestionKind kind, String what) {
		if (node == null) {
			return kind == QuestionKind.RATING ? 5 : 0;
		}
		if (kind != QuestionKind.RATING) {
			throw source.error(node, what + " is not a rating; only rating questions have a scale");
		}
		String value = source.scalar(node, "scale");
		if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 2 || Integer.parseInt(value) > 10) {
			throw source.error(node, "scale must be a number from 2 to 10, not '" + value + "'");
		}
		return Integer.parseInt(value);
	}

	private String identifier(Node node, String what) {
		String id = source.scalar(node, what);
		if (!ID.matcher(id).matches()) {
			throw source.error(node, "'" + id + "' is not a valid " + what
					+ " (small letters, digits and -, at most 30 signs)");
		}
		return id;
	}

	/** Keeps the allowed keys in a stable order for error messages. */
	static Set<String> ordered(Set<String> keys) {
		return new java.util.TreeSet<>(keys);
	}

}
