package de.mitreden.admin;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One security filter chain per area, ordered by path: the staff API, the public web chat, and the
 * rest. A staff form login at {@code /admin} later becomes one more chain between API and chat, with
 * its own session and CSRF protection, without touching the others.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String ADMIN_ROLE = "ADMIN";

	/**
	 * Export API: HTTP Basic with the admin account, no session. No form login, so a missing or wrong
	 * password gives 401 with {@code WWW-Authenticate} and never a redirect or any data. CSRF stays on:
	 * browsers resend cached Basic credentials by themselves, so any state-changing endpoint added here
	 * later must not be callable from another site (today the API only has GET endpoints, which CSRF
	 * protection does not touch).
	 */
	@Bean
	@Order(10)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(ADMIN_ROLE))
			.httpBasic((basic) -> basic.realmName("mitreden"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> SecurityHeaders.forData(headers));
		return http.build();
	}

	/**
	 * The citizens' web chat: page, JSON API and assets are public. CSRF protection is off here on
	 * purpose: the chat API uses no cookies and no session, and Spring Security keeps no login for it,
	 * so a forged cross-site request carries nothing a forger does not already have. The participant
	 * is named only by the random browser id inside the request body, which another site cannot read.
	 * No session is created, so the chat works with cookies blocked.
	 */
	@Bean
	@Order(20)
	SecurityFilterChain chatSecurity(HttpSecurity http,
			@Value("${mitreden.web.embed-origins:}") String embedOrigins) throws Exception {
		http.securityMatcher("/chat", "/chat/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.headers((headers) -> SecurityHeaders.forChat(headers, EmbedOrigins.parse(embedOrigins)));
		return http.build();
	}

	/**
	 * Everything else: the entry page, error pages and the health check are public; any other path
	 * (e.g. other actuator endpoints) needs the admin account. CSRF stays on for form pages.
	 */
	@Bean
	@Order(100)
	SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/error", "/favicon.ico", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.hasRole(ADMIN_ROLE))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> SecurityHeaders.forPages(headers));
		return http.build();
	}

	/** Delegating encoder: bcrypt today; hashes carry their algorithm id, so a later switch keeps old ones. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService adminAccounts(AdminSettings settings, PasswordEncoder encoder,
			@Value("${mitreden.data-dir}") Path dataDir) {
		AdminAccount account = new AdminAccount(settings, encoder, dataDir);
		return new InMemoryUserDetailsManager(User.withUsername(account.username())
			.password(account.passwordHash())
			.roles(ADMIN_ROLE)
			.build());
	}

}
