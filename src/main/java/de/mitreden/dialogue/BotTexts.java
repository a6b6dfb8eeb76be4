package de.mitreden.dialogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The generic texts every dialogue shares (buttons, help, error answers, web chat labels), one
 * {@code messages/<language>.yml} per language. Keys are the nested YAML keys joined with dots,
 * e.g. {@code "buttons.skip"} or {@code "web.send"}; {@link #KEYS} lists them all.
 */
public final class BotTexts {

	/** Every key a messages file must have, and may have. */
	public static final List<String> KEYS = List.of("language.name", "language.direction", "language.pick",
			"dates.format", "dates.months", "buttons.consent", "buttons.privacy", "buttons.change-language",
			"buttons.skip", "buttons.add-another", "buttons.next-question", "buttons.done", "buttons.delete-yes",
			"buttons.delete-no", "commands.start", "commands.help", "commands.language", "commands.restart",
			"commands.privacy", "commands.delete", "help", "question.progress", "question.multiple-hint",
			"question.after-text", "question.write-more", "question.continue", "errors.unsupported", "errors.empty",
			"errors.too-long", "errors.unknown-command", "errors.stale-button", "errors.use-buttons",
			"errors.choose-one", "errors.group-chat", "closed.not-yet", "closed.ended", "done.again",
			"restart.confirm", "delete.ask", "delete.done", "delete.cancelled", "web.title", "web.input-label",
			"web.placeholder", "web.send", "web.new-messages", "web.language-menu", "web.start-again",
			"web.anonymous-note", "web.error", "web.retry", "web.noscript", "web.too-fast", "flyer.invitation",
			"flyer.scan", "flyer.web", "multiplier.title", "multiplier.intro", "multiplier.your-link",
			"multiplier.whole-dialogue", "multiplier.started", "multiplier.consented", "multiplier.completed",
			"multiplier.answers", "multiplier.fewer-than-5", "multiplier.small-numbers", "multiplier.inactive",
			"multiplier.not-found");

	/** Placeholders the bot fills in; a translation that drops one would show a broken message. */
	private static final Map<String, List<String>> PLACEHOLDERS = Map.of("dates.format",
			List.of("{day}", "{month}", "{year}"), "question.progress", List.of("{number}", "{total}"),
			"errors.too-long", List.of("{length}", "{limit}"), "errors.group-chat", List.of("{link}"),
			"closed.not-yet", List.of("{date}"), "closed.ended", List.of("{date}"), "flyer.web", List.of("{link}"));

	private static final String MONTHS = "dates.months";

	private final Map<String, Map<String, String>> texts;

	private final Map<String, List<String>> months;

	private BotTexts(Map<String, Map<String, String>> texts, Map<String, List<String>> months) {
		this.texts = texts;
		this.months = months;
	}

	/** Reads and checks every {@code messages/*.yml}; an incomplete file is a {@link DialogueFileException}. */
	public static BotTexts load(BotFiles files) {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		Map<String, List<String>> months = new LinkedHashMap<>();
		for (String name : files.list("messages")) {
			if (name.endsWith(".yml")) {
				String language = name.substring(0, name.length() - ".yml".length());
				YamlSource source = YamlSource.read(files, "messages/" + name);
				texts.put(language, readTexts(source));
				months.put(language, readMonths(source));
			}
		}
		return new BotTexts(texts, months);
	}

	/** Languages with a messages file, in file name order. */
	public List<String> languages() {
		return List.copyOf(texts.keySet());
	}

	public boolean has(String language) {
		return texts.containsKey(language);
	}

	/** The text for {@code key} in {@code language}, placeholders left as they are. */
	public String get(String language, String key) {
		Map<String, String> languageTexts = texts.get(language);
		if (languageTexts == null) {
			throw new IllegalArgumentException("no messages for language " + language);
		}
		String text = languageTexts.get(key);
		if (text == null) {
			throw new IllegalArgumentException("no message key " + key + " (see BotTexts.KEYS)");
		}
		return text;
	}

	/** The text for {@code key} with {@code {name}} placeholders filled in from {@code values}. */
	public String format(String language, String key, Map<String, ?> values) {
		return Placeholders.fill(get(language, key), values);
	}

	public boolean isRightToLeft(String language) {
		return "rtl".equals(get(language, "language.direction"));
	}

	/** A date written out, e.g. "30. November 2026" or "30 November 2026". */
	public String writtenDate(String language, java.time.LocalDate date) {
		String month = months.get(language).get(date.getMonthValue() - 1);
		return format(language, "dates.format",
				Map.of("day", date.getDayOfMonth(), "month", month, "year", date.getYear()));
	}

	private static Map<String, String> readTexts(YamlSource source) {
		Map<String, String> texts = new LinkedHashMap<>();
		flatten(source, source.root(), "", texts);
		for (String key : KEYS) {
			if (!texts.containsKey(key)) {
				throw source.error(nearest(source, key), "missing key '" + key + "'");
			}
		}
		checkValues(source, texts);
		return texts;
	}

	private static void flatten(YamlSource source, MappingNode mapping, String prefix, Map<String, String> texts) {
		Set<String> seen = new java.util.HashSet<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = prefix + source.scalar(tuple.getKeyNode(), "a key");
			Node value = tuple.getValueNode();
			if (!seen.add(key)) {
				throw source.error(tuple.getKeyNode(), "the key '" + key + "' appears twice");
			}
			if (value instanceof MappingNode nested) {
				flatten(source, nested, key + ".", texts);
			}
			else if (!KEYS.contains(key)) {
				throw source.error(tuple.getKeyNode(), "unknown key '" + key + "' (is it misspelled?)");
			}
			else {
				texts.put(key, key.equals(MONTHS) ? "" : source.scalar(value, "'" + key + "'"));
			}
		}
	}

	private static void checkValues(YamlSource source, Map<String, String> texts) {
		String direction = texts.get("language.direction");
		if (!direction.equals("ltr") && !direction.equals("rtl")) {
			throw source.error(valueNode(source, "language.direction"),
					"language.direction must be ltr or rtl, not '" + direction + "'");
		}
		PLACEHOLDERS.forEach((key, placeholders) -> placeholders.forEach(placeholder -> {
			if (!texts.get(key).contains(placeholder)) {
				throw source.error(valueNode(source, key), "'" + key + "' must contain " + placeholder);
			}
		}));
		texts.forEach((key, text) -> {
			if (text.isBlank() && !key.equals(MONTHS)) {
				throw source.error(valueNode(source, key), "'" + key + "' is empty");
			}
		});
	}

	private static List<String> readMonths(YamlSource source) {
		Node node = valueNode(source, MONTHS);
		List<String> months = source.sequence(node, MONTHS)
			.stream()
			.map(month -> source.scalar(month, "a month"))
			.toList();
		if (months.size() != 12) {
			throw source.error(node, MONTHS + " must list 12 months, not " + months.size());
		}
		return months;
	}

	/** The node of a dotted key; the caller knows it exists. */
	private static Node valueNode(YamlSource source, String key) {
		Node node = source.root();
		for (String part : key.split("\\.")) {
			node = child((MappingNode) node, source, part);
		}
		return node;
	}

	/** The deepest existing section of a dotted key, to point at the line where a key is missing. */
	private static Node nearest(YamlSource source, String key) {
		Node node = source.root();
		for (String part : key.split("\\.")) {
			Node next = node instanceof MappingNode mapping ? child(mapping, source, part) : null;
			if (next == null) {
				return node;
			}
			node = next;
		}
		return node;
	}

	private static Node child(MappingNode mapping, YamlSource source, String key) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (key.equals(source.scalar(tuple.getKeyNode(), "a key"))) {
				return tuple.getValueNode();
			}
		}
		return null;
	}

}
