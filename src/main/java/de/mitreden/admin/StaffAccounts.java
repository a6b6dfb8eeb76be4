package de.mitreden.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may log in: the configured admin account (always an admin, password from the settings or the
 * data directory) and the staff accounts admins create. Serves both the form login of the admin web and
 * HTTP Basic of the export API.
 */
@Transactional
class StaffAccounts implements UserDetailsService {

	/** Long enough to resist guessing; a passphrase of a few words fits easily. */
	static final int MIN_PASSWORD_LENGTH = 12;

	static final int MAX_PASSWORD_LENGTH = 200;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");

	private final String adminUsername;

	private final String adminHash;

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	StaffAccounts(AdminAccount admin, StaffAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.adminUsername = admin.username();
		this.adminHash = admin.passwordHash();
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (this.adminUsername.equals(username)) {
			return User.withUsername(username).password(this.adminHash).roles(StaffRole.ADMIN.roles()).build();
		}
		StaffAccountEntity account = this.accounts.findByUsernameIgnoreCase(username)
			.filter((found) -> found.getUsername().equals(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
		return User.withUsername(account.getUsername())
			.password(account.passwordHash())
			.roles(account.getRole().roles())
			.disabled(!account.isActive())
			.build();
	}

	/** The configured admin, or an active staff account. */
	@Transactional(readOnly = true)
	boolean mayStillLogIn(String username) {
		if (this.adminUsername.equals(username)) {
			return true;
		}
		return this.accounts.findByUsernameIgnoreCase(username)
			.filter((account) -> account.getUsername().equals(username))
			.map(StaffAccountEntity::isActive)
			.orElse(false);
	}

	String adminUsername() {
		return this.adminUsername;
	}

	@Transactional(readOnly = true)
	List<StaffAccountEntity> list() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	/** @throws AccountProblem with a German message for the form */
	void create(String username, String password, StaffRole role) {
		String name = (username == null) ? "" : username.strip();
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountProblem("Der Benutzername braucht 2 bis 100 Zeichen: Buchstaben ohne Umlaute, Ziffern,"
					+ " Punkt, Bindestrich, Unterstrich oder @.");
		}
		if (name.equalsIgnoreCase(this.adminUsername) || this.accounts.findByUsernameIgnoreCase(name).isPresent()) {
			throw new AccountProblem("Den Benutzernamen „" + name + "“ gibt es schon.");
		}
		this.accounts.save(new StaffAccountEntity(name, hash(password), role, LocalDate.now(this.clock)));
	}

	void resetPassword(long id, String password) {
		account(id).changePassword(hash(password));
	}

	void setActive(long id, boolean active) {
		account(id).activate(active);
	}

	void changeRole(long id, StaffRole role) {
		account(id).changeRole(role);
	}

	private StaffAccountEntity account(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountProblem("Dieses Konto gibt es nicht."));
	}

	private String hash(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
			throw new AccountProblem("Das Passwort braucht mindestens " + MIN_PASSWORD_LENGTH + " Zeichen (höchstens "
					+ MAX_PASSWORD_LENGTH + ").");
		}
		return this.encoder.encode(password);
	}

	/** A request an admin can fix; the message is shown on the accounts page. */
	static class AccountProblem extends RuntimeException {

		AccountProblem(String message) {
			super(message);
		}

	}

}
