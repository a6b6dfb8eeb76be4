package de.mitreden.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The staff account for the export API.
 *
 * @param username login name for HTTP Basic, "admin" unless configured
 * @param password the password in clear text as configured; empty means: generate one at first start
 * and keep its hash in the data directory
 */
@ConfigurationProperties("mitreden.admin")
record AdminSettings(String username, String password) {

	AdminSettings {
		username = StringUtils.hasText(username) ? username.strip() : "admin";
	}

	boolean hasPassword() {
		return StringUtils.hasText(password);
	}

}
