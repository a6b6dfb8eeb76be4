package de.mitreden.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security handles the form's POST. */
@Controller
class LoginController {

	@GetMapping(SecurityConfiguration.LOGIN_PAGE)
	String login() {
		return "login";
	}

}
