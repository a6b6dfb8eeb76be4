package de.mitreden.admin;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One security filter chain per area, ordered by path: the staff API, the staff admin web, the public
 * web chat, and the rest. Each has its own rules; the admin web alone has a session (form login).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String ADMIN_ROLE = StaffRole.ADMIN.name();

	static final String STAFF_ROLE = StaffRole.STAFF.name();

	static final String LOGIN_PAGE = "/admin/login";

	/**
	 * Export API: HTTP Basic with a staff account (or the admin account), no session. No form login, so a missing or wrong
	 * password gives 401 with {@code WWW-Authenticate} and never a redirect or any data. CSRF stays on:
	 * browsers resend cached Basic credentials by themselves, so any state-changing endpoint added here
	 * later must not be callable from another site (today the API only has GET endpoints, which CSRF
	 * protection does not touch).
	 */
	@Bean
	@Order(10)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(STAFF_ROLE))
			.httpBasic((basic) -> basic.realmName("mitreden"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> SecurityHeaders.forData(headers));
		return http.build();
	}

	/**
	 * The staff admin web: form login with a session, CSRF protection on every form, logout by POST.
	 * After login the session id changes (no session fixation). Managing accounts needs the admin role. A
	 * deactivated account loses its open session at its next request.
	 * Pages are never cached and never framed.
	 */
	@Bean
	@Order(15)
	SecurityFilterChain staffSecurity(HttpSecurity http, StaffAccounts accounts) throws Exception {
		http.securityMatcher("/admin", "/admin/**")
			.addFilterAfter(new ActiveAccountCheck(accounts),
					org.springframework.security.web.context.SecurityContextHolderFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN_PAGE, "/admin/assets/**")
				.permitAll()
				.requestMatchers("/admin/accounts", "/admin/accounts/**")
				.hasRole(ADMIN_ROLE)
				.anyRequest()
				.hasRole(STAFF_ROLE))
			.formLogin((form) -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/admin", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> SecurityHeaders.forStaff(headers));
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
	StaffAccounts staffAccounts(AdminSettings settings, PasswordEncoder encoder,
			@Value("${mitreden.data-dir}") Path dataDir, StaffAccountRepository accounts, ObjectProvider<Clock> clock) {
		AdminAccount admin = new AdminAccount(settings, encoder, dataDir);
		return new StaffAccounts(admin, accounts, encoder, clock.getIfAvailable(Clock::systemDefaultZone));
	}

}
