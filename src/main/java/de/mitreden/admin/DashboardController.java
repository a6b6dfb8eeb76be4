package de.mitreden.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard of one dialogue: who took part when, where people stop, ratings and profile. */
@Controller
class DashboardController {

	private final StaffDialogues dialogues;

	private final DashboardFigures figures;

	DashboardController(StaffDialogues dialogues, DashboardFigures figures) {
		this.dialogues = dialogues;
		this.figures = figures;
	}

	@GetMapping("/admin/dialogues/{dialogueId}/dashboard")
	String dashboard(@PathVariable String dialogueId, @RequestParam(required = false) String language,
			@RequestParam(required = false) String channel, Model model) {
		DialogueView dialogue = this.dialogues.get(dialogueId);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("dashboard", this.figures.of(dialogue, language, channel));
		return "dashboard";
	}

}
