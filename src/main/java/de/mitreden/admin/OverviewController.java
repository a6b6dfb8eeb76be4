package de.mitreden.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The start page (all dialogues) and the overview of one dialogue. */
@Controller
class OverviewController {

	private final StaffDialogues dialogues;

	private final DialogueFigures figures;

	OverviewController(StaffDialogues dialogues, DialogueFigures figures) {
		this.dialogues = dialogues;
		this.figures = figures;
	}

	/** With one dialogue the start page is its overview. */
	@GetMapping("/admin")
	String start(Model model) {
		List<DialogueView> all = this.dialogues.all();
		if (all.size() == 1) {
			return "redirect:/admin/dialogues/" + all.get(0).id();
		}
		model.addAttribute("overviews", all.stream().map(this.figures::of).toList());
		return "start";
	}

	@GetMapping("/admin/dialogues/{dialogueId}")
	String dialogue(@PathVariable String dialogueId, Model model) {
		DialogueView dialogue = this.dialogues.get(dialogueId);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("overview", this.figures.of(dialogue));
		return "overview";
	}

}
