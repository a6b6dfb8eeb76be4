package de.mitreden.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create staff accounts, reset passwords, change roles and deactivate accounts. */
@Controller
class AccountsController {

	static final String PAGE = "/admin/accounts";

	private final StaffAccounts accounts;

	AccountsController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PAGE)
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		model.addAttribute("adminUsername", this.accounts.adminUsername());
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("minPassword", StaffAccounts.MIN_PASSWORD_LENGTH);
		return "accounts";
	}

	@PostMapping(PAGE)
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "STAFF") StaffRole role, RedirectAttributes redirect) {
		return act(redirect, "Das Konto „" + username.strip() + "“ ist angelegt.",
				() -> this.accounts.create(username, password, role));
	}

	@PostMapping(PAGE + "/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		return act(redirect, "Das neue Passwort gilt ab sofort.", () -> this.accounts.resetPassword(id, password));
	}

	@PostMapping(PAGE + "/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam StaffRole role, RedirectAttributes redirect) {
		return act(redirect, "Die Rolle ist geändert.", () -> this.accounts.changeRole(id, role));
	}

	@PostMapping(PAGE + "/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active,
			RedirectAttributes redirect) {
		return act(redirect, active ? "Das Konto ist wieder aktiv." : "Das Konto ist deaktiviert. Anmelden geht nicht mehr.",
				() -> this.accounts.setActive(id, active));
	}

	private static String act(RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", success);
		}
		catch (StaffAccounts.AccountProblem ex) {
			redirect.addFlashAttribute("problem", ex.getMessage() + " Es wurde nichts geändert.");
		}
		return "redirect:" + PAGE;
	}

}
