package de.mitreden.admin;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Response headers per area. Every page allows only its own scripts and styles (no inline code), so an
 * injected text can never run; {@code X-Content-Type-Options: nosniff} comes with Spring Security's
 * defaults. The referrer is not sent, so a multiplier code in the chat address does not leak.
 */
final class SecurityHeaders {

	private static final String OWN_RESOURCES_ONLY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'";

	private SecurityHeaders() {
	}

	/** Data for staff: nothing to render, never framed. */
	static void forData(HeadersConfigurer<HttpSecurity> headers) {
		common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
			.frameOptions((frames) -> frames.deny());
	}

	/**
	 * The web chat may be framed by this server's own pages and by the city's websites named in
	 * {@code mitreden.web.embed-origins}. Browsers follow CSP {@code frame-ancestors}; the older
	 * {@code X-Frame-Options} cannot name other sites, so it is sent only while no site is named.
	 */
	static void forChat(HeadersConfigurer<HttpSecurity> headers, List<String> embedOrigins) {
		String ancestors = String.join(" ", "frame-ancestors 'self'", String.join(" ", embedOrigins)).strip();
		common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(OWN_RESOURCES_ONLY + "; " + ancestors));
		if (embedOrigins.isEmpty()) {
			headers.frameOptions((frames) -> frames.sameOrigin());
		}
		else {
			headers.frameOptions((frames) -> frames.disable());
		}
	}

	/** The staff admin web: own resources only, never framed (no clickjacking of the hide and account forms). */
	static void forStaff(HeadersConfigurer<HttpSecurity> headers) {
		common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(OWN_RESOURCES_ONLY + "; frame-ancestors 'none'"))
			.frameOptions((frames) -> frames.deny());
	}

	/** Other pages: own resources only, framed only by this server. */
	static void forPages(HeadersConfigurer<HttpSecurity> headers) {
		common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(OWN_RESOURCES_ONLY + "; frame-ancestors 'self'"))
			.frameOptions((frames) -> frames.sameOrigin());
	}

	private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=()"));
	}

}
