package de.mitreden.admin;

import java.util.List;
import java.util.Optional;

import de.mitreden.dialogue.DialogueEngine;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The dialogues as staff see them: German texts, numbered questions. */
@Component
class StaffDialogues {

	private final List<DialogueView> dialogues;

	StaffDialogues(DialogueEngine engine) {
		this.dialogues = engine.dialogues().stream().map(DialogueView::of).toList();
	}

	List<DialogueView> all() {
		return this.dialogues;
	}

	Optional<DialogueView> find(String id) {
		return this.dialogues.stream().filter((dialogue) -> dialogue.id().equals(id)).findFirst();
	}

	/** The dialogue, or 404 for an unknown id in an address. */
	DialogueView get(String id) {
		return find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}


}
