package de.mitreden.links;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.mitreden.dialogue.Dialogue;
import de.mitreden.dialogue.DialogueEngine;
import de.mitreden.links.LinkProblem.Kind;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Creates, lists and deactivates multiplier links. Each change is its own small commit; the code
 * lookup cache forgets the link right after it.
 */
@Service
public class Links {

	static final int MAX_NAME = 100;

	static final int MAX_NOTE = 1000;

	private final LinkRepository repository;

	private final LinkCodes codes;

	private final DialogueEngine engine;

	private final Clock clock;

	private final RandomTokens tokens = new RandomTokens();

	Links(LinkRepository repository, LinkCodes codes, DialogueEngine engine, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.codes = codes;
		this.engine = engine;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/**
	 * A new active link with a fresh code and page secret.
	 * @throws LinkProblem INVALID for a bad name, dialogue or language; DUPLICATE for a name the
	 * dialogue's links already have
	 */
	public Link create(NewLink request) {
		String name = validName(request.name());
		Dialogue dialogue = dialogue(request.dialogue());
		String language = language(dialogue, request.language());
		String note = note(request.note());
		if (this.repository.nameTaken(dialogue.id(), name)) {
			throw duplicate(name, dialogue);
		}
		Link link = new Link(freeCode(), name, note, dialogue.id(), language, this.tokens.secret(), true,
				LocalDate.now(this.clock));
		try {
			this.repository.insert(link);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(name, dialogue);
		}
		this.codes.forget(link.code());
		return link;
	}

	/** All links, oldest first. */
	public List<Link> all() {
		return this.repository.all();
	}

	public Optional<Link> find(String code) {
		return (code == null) ? Optional.empty() : this.repository.byCode(code);
	}

	/** The link whose community page has this secret address. */
	public Optional<Link> bySecret(String secret) {
		return (secret == null || secret.isBlank()) ? Optional.empty() : this.repository.bySecret(secret);
	}

	/**
	 * Deactivates (false) or reactivates (true) a link; its counts stay. While inactive, its code
	 * counts as no code.
	 */
	public Link setActive(String code, boolean active) {
		if (this.repository.setActive(code, active) == 0) {
			throw new LinkProblem(Kind.NOT_FOUND, "there is no link with the code '" + code + "'");
		}
		this.codes.forget(code);
		return find(code).orElseThrow();
	}

	private String freeCode() {
		String code = this.tokens.code();
		while (this.repository.codeTaken(code)) {
			code = this.tokens.code();
		}
		return code;
	}

	private static String validName(String name) {
		String stripped = (name == null) ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw invalid("name: please give the link a name (1 to " + MAX_NAME + " characters)");
		}
		int length = stripped.codePointCount(0, stripped.length());
		if (length > MAX_NAME) {
			throw invalid("name: at most " + MAX_NAME + " characters, this one has " + length);
		}
		if (stripped.codePoints().anyMatch(Character::isISOControl)) {
			throw invalid("name: no line breaks or control characters, please");
		}
		return stripped;
	}

	private static String note(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.strip().length() > MAX_NOTE) {
			throw invalid("note: at most " + MAX_NOTE + " characters");
		}
		return note.strip();
	}

	/** The named dialogue, or the only one open today when none is named. */
	private Dialogue dialogue(String id) {
		List<Dialogue> dialogues = this.engine.dialogues();
		if (id != null && !id.isBlank()) {
			return dialogues.stream()
				.filter((dialogue) -> dialogue.id().equals(id.strip()))
				.findFirst()
				.orElseThrow(() -> invalid("dialogue: there is no dialogue '" + id.strip() + "'; there are: "
						+ ids(dialogues)));
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Dialogue> open = dialogues.stream().filter((dialogue) -> dialogue.isOpen(today)).toList();
		if (open.size() != 1) {
			throw invalid("dialogue: please name the dialogue; " + open.size() + " dialogues are open today ("
					+ ids(open) + "), all dialogues: " + ids(dialogues));
		}
		return open.get(0);
	}

	private static String language(Dialogue dialogue, String language) {
		if (language == null || language.isBlank()) {
			return null;
		}
		String code = language.strip();
		if (!dialogue.languages().contains(code)) {
			throw invalid("language: the dialogue " + dialogue.id() + " has no language '" + code + "'; it has: "
					+ String.join(", ", dialogue.languages()));
		}
		return code;
	}

	private static String ids(List<Dialogue> dialogues) {
		return String.join(", ", dialogues.stream().map(Dialogue::id).toList());
	}

	private static LinkProblem invalid(String message) {
		return new LinkProblem(Kind.INVALID, message);
	}

	private static LinkProblem duplicate(String name, Dialogue dialogue) {
		return new LinkProblem(Kind.DUPLICATE,
				"name: the dialogue " + dialogue.id() + " already has a link named '" + name + "'");
	}

}
