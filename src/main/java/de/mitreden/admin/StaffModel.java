package de.mitreden.admin;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page shows in its header: who is logged in, the dialogues, the admin menu. Also for the
 * links module's staff page, which uses the same layout.
 */
@ControllerAdvice(basePackages = { "de.mitreden.admin", "de.mitreden.links" })
class StaffModel {

	private final StaffDialogues dialogues;

	StaffModel(StaffDialogues dialogues) {
		this.dialogues = dialogues;
	}

	@ModelAttribute("allDialogues")
	List<DialogueView> dialogues() {
		return this.dialogues.all();
	}

	@ModelAttribute("staffName")
	String staffName(Authentication authentication) {
		return (authentication != null) ? authentication.getName() : null;
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(("ROLE_" + StaffRole.ADMIN.name())::equals);
	}

}
