/**
 * Who may see what: the Spring Security configuration and the staff account.
 * <p>
 * The export API under {@code /api/**} is for staff only (HTTP Basic with the admin account); the
 * citizens' web chat, its assets and the health check are public. Each area has its own
 * {@link org.springframework.security.web.SecurityFilterChain}, ordered by path, so that a later staff
 * login at {@code /admin} is one more chain rather than a rewrite.
 * <p>
 * The admin password is configured ({@code MITREDEN_ADMIN_PASSWORD}) or generated once, printed once,
 * and kept only as a hash in {@code <data-dir>/admin-password}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin and security")
package de.mitreden.admin;
