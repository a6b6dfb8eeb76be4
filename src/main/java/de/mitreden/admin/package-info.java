/**
 * Who may see what, and the staff admin web.
 * <p>
 * Security: the export API under {@code /api/**} is for staff (HTTP Basic); the staff web under
 * {@code /admin} has a form login with a session and CSRF protection; the citizens' web chat, its assets and
 * the health check are public. Each area has its own {@link org.springframework.security.web.SecurityFilterChain},
 * ordered by path. The configured admin account ({@code MITREDEN_ADMIN_PASSWORD}, or generated once, printed
 * once and kept only as a hash in {@code <data-dir>/admin-password}) is always an admin; admins create staff
 * accounts (table {@code staff_account}, bcrypt hashes).
 * <p>
 * Staff web (German, server-rendered, templates and assets in {@code admin-web/}): an overview and a dashboard
 * per dialogue (participation per day, where people stop, ratings, profile; counts per channel and day from
 * the links module), the answers of each question (search through the search module, filters, hiding), the
 * themes of each free-text question (computed by the themes module, curated and stored here, recomputed in
 * the background), the import of contributions gathered elsewhere, and the report basis as a printable page
 * and an XLSX workbook. docs/ARCHITECTURE.md, section "Staff admin web", has the details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin and security")
package de.mitreden.admin;
