package de.mitreden.dialogue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML file read as a node tree, so that every problem can name its line. Values are read as
 * plain strings: YAML's own typing ("no" as false, dates as Date) never gets in the way.
 */
final class YamlSource {

	private final String file;

	private final MappingNode root;

	private YamlSource(String file, MappingNode root) {
		this.file = file;
		this.root = root;
	}

	static YamlSource read(BotFiles files, String path) {
		String file = files.describe(path);
		Node node = compose(file, files.read(path));
		if (!(node instanceof MappingNode mapping)) {
			throw new DialogueFileException(file + ", line 1: expected keys with values (key: value)");
		}
		return new YamlSource(file, mapping);
	}

	private static Node compose(String file, String text) {
		try {
			return new Yaml(new LoaderOptions()).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 1 : ex.getProblemMark().getLine() + 1;
			throw new DialogueFileException(file + ", line " + line + ": not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			throw new DialogueFileException(file + ": not valid YAML: " + ex.getMessage());
		}
	}

	String file() {
		return file;
	}

	MappingNode root() {
		return root;
	}

	DialogueFileException error(Node node, String problem) {
		return new DialogueFileException(file + ", line " + line(node) + ": " + problem);
	}

	static int line(Node node) {
		return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
	}

	/** The entries of a mapping in file order; a repeated or unknown key is an error. */
	Map<String, Node> entries(Node node, String what, Set<String> allowedKeys) {
		Map<String, Node> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping(node, what).getValue()) {
			String key = scalar(tuple.getKeyNode(), "a key");
			if (allowedKeys != null && !allowedKeys.contains(key)) {
				throw error(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: "
						+ String.join(", ", allowedKeys) + ")");
			}
			if (entries.putIfAbsent(key, tuple.getValueNode()) != null) {
				throw error(tuple.getKeyNode(), "the key '" + key + "' appears twice in " + what);
			}
		}
		return entries;
	}

	MappingNode mapping(Node node, String what) {
		if (node instanceof MappingNode mapping) {
			return mapping;
		}
		throw error(node, what + " must be keys with values (key: value)");
	}

	List<Node> sequence(Node node, String what) {
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		throw error(node, what + " must be a list, e.g. [a, b] or lines starting with \"- \"");
	}

	String scalar(Node node, String what) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue().strip();
		}
		throw error(node, what + " must be a single value, not a list or keys");
	}

	Node required(Map<String, Node> entries, String key, Node owner, String what) {
		Node value = entries.get(key);
		if (value == null) {
			throw error(owner, what + " has no '" + key + "'");
		}
		return value;
	}

}
