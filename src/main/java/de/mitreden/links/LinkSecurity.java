package de.mitreden.links;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach the links endpoints. Two chains of their own, ordered before the admin module's
 * catch-all chains:
 * <ul>
 * <li>{@code /api/links/**}: staff only, HTTP Basic with the staff accounts, no session. CSRF tokens
 * are off here because it is a JSON API without a session, and it is still not callable from another
 * site: every change needs {@code Content-Type: application/json} (POST, anything else gets 415) or
 * the method PATCH, which a browser sends cross-site only after a CORS preflight this server never
 * allows; an HTML form can send neither.</li>
 * <li>{@code /m/**}: the communities' read-only pages, public; the secret in the address is the
 * only key. No cookies, no session, own resources only.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class LinkSecurity {

	private static final String PAGE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'none'";

	@Bean
	@Order(5)
	SecurityFilterChain linkApiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/links", "/api/links/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAnyRole("ADMIN", "STAFF"))
			.httpBasic((basic) -> basic.realmName("mitreden"))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> common(headers).contentSecurityPolicy(
					(csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'self'")));
		return http.build();
	}

	@Bean
	@Order(25)
	SecurityFilterChain multiplierPageSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/m/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.headers((headers) -> common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(PAGE_POLICY)));
		return http.build();
	}

	/** No referrer (the secret must not leak to other sites), never framed by others, no device access. */
	private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions((frames) -> frames.sameOrigin())
			.cacheControl((cache) -> {
			});
	}

}
