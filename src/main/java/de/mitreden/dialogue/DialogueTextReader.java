package de.mitreden.dialogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import de.mitreden.dialogue.DialogueTexts.QuestionTexts;

/** Reads and checks the texts of one dialogue in one language against its questions. */
final class DialogueTextReader {

	private static final Set<String> KEYS = Set.of("title", "welcome", "privacy", "thanks", "share", "questions");

	private final YamlSource source;

	private DialogueTextReader(YamlSource source) {
		this.source = source;
	}

	static DialogueTexts read(BotFiles files, String path, List<Question> questions) {
		return new DialogueTextReader(YamlSource.read(files, path)).read(questions);
	}

	private DialogueTexts read(List<Question> questions) {
		Node root = source.root();
		Map<String, Node> entries = source.entries(root, "the file", DialogueReader.ordered(KEYS));
		Node share = entries.get("share");
		return new DialogueTexts(text(entries, "title", root, "the file"), text(entries, "welcome", root, "the file"),
				text(entries, "privacy", root, "the file"), text(entries, "thanks", root, "the file"),
				share == null ? null : nonEmpty(share, "share"),
				questionTexts(source.required(entries, "questions", root, "the file"), questions));
	}

	private Map<String, QuestionTexts> questionTexts(Node node, List<Question> questions) {
		Map<String, Node> entries = source.entries(node, "questions", null);
		for (String id : entries.keySet()) {
			if (questions.stream().noneMatch(question -> question.id().equals(id))) {
				throw source.error(entries.get(id),
						"texts for the question '" + id + "', which dialogue.yml does not have (misspelled?)");
			}
		}
		Map<String, QuestionTexts> texts = new LinkedHashMap<>();
		for (Question question : questions) {
			Node questionNode = entries.get(question.id());
			if (questionNode == null) {
				throw source.error(node, "no text for the question '" + question.id() + "'");
			}
			texts.put(question.id(), questionTexts(questionNode, question));
		}
		return texts;
	}

	private QuestionTexts questionTexts(Node node, Question question) {
		String what = "question '" + question.id() + "'";
		Map<String, Node> entries = source.entries(node, what, allowedKeys(question));
		String text = text(entries, "text", node, what);
		Map<String, String> options = optionLabels(entries.get("options"), question, node, what);
		boolean rating = question.kind() == QuestionKind.RATING;
		String low = rating ? text(entries, "low", node, what) : null;
		String high = rating ? text(entries, "high", node, what) : null;
		return new QuestionTexts(text, options, low, high);
	}

	private static Set<String> allowedKeys(Question question) {
		return switch (question.kind()) {
			case TEXT -> Set.of("text");
			case SINGLE, MULTIPLE -> DialogueReader.ordered(Set.of("text", "options"));
			case RATING -> DialogueReader.ordered(Set.of("text", "low", "high"));
		};
	}

	private Map<String, String> optionLabels(Node node, Question question, Node owner, String what) {
		if (question.options().isEmpty()) {
			return Map.of();
		}
		if (node == null) {
			throw source.error(owner, what + " has no 'options' with a label per option");
		}
		Map<String, Node> labels = source.entries(node, "the options of " + what, DialogueReader.ordered(
				Set.copyOf(question.options())));
		Map<String, String> options = new LinkedHashMap<>();
		for (String option : question.options()) {
			options.put(option, text(labels, option, node, "the options of " + what));
		}
		return options;
	}

	private String text(Map<String, Node> entries, String key, Node owner, String what) {
		return nonEmpty(source.required(entries, key, owner, what), key);
	}

	private String nonEmpty(Node node, String key) {
		String text = source.scalar(node, "'" + key + "'");
		if (text.isEmpty()) {
			throw source.error(node, "'" + key + "' is empty");
		}
		return text;
	}

}
