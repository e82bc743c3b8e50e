package io.forecourt.kernel.security;

import java.util.Locale;
import java.util.Optional;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, for the console's form login and for the personal token
 * endpoint, and yields a {@link ForecourtAuthentication}. Every attempt is audited.
 * API-only roles are refused even with the right password: an integrator never gets a
 * console session.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private static final String USER = ForecourtPrincipal.Kind.USER.name();

	private final UserAccounts users;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	/**
	 * Checked when the username is unknown, so that answering takes as long as for a
	 * known user and response times do not reveal which usernames exist.
	 */
	private final String decoyHash;

	PasswordAuthenticationProvider(UserAccounts users, PasswordEncoder passwords, AuditLog audit) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.decoyHash = passwords.encode("decoy-password-never-matches");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? ""
				: authentication.getName().strip().toLowerCase(Locale.ROOT);
		String password = String.valueOf(authentication.getCredentials());
		Optional<UserAccounts.Credentials> found = this.users.findCredentials(username);
		if (found.isEmpty()) {
			this.passwords.matches(password, this.decoyHash);
			throw failed(username, "unknown username", new BadCredentialsException("Wrong username or password"));
		}
		UserAccount user = found.get().user();
		String hash = found.get().passwordHash();
		if (!this.passwords.matches(password, hash)) {
			throw failed(username, "wrong password", new BadCredentialsException("Wrong username or password"));
		}
		if (!user.enabled()) {
			throw failed(username, "account disabled", new DisabledException("This account is disabled"));
		}
		if (user.roles().stream().anyMatch(Role::apiOnly)) {
			throw failed(username, "API-only role",
					new DisabledException("This account may only use the API with a key"));
		}
		if (this.passwords.upgradeEncoding(hash)) {
			this.users.upgradePasswordHash(user.id(), hash, this.passwords.encode(password));
		}
		this.audit.recordSecurityEvent(AuditAction.LOGIN_SUCCEEDED, user.username(), USER, user.id().toString(), null);
		return ForecourtAuthentication.of(user.principal());
	}

	private AuthenticationException failed(String username, String reason, AuthenticationException exception) {
		this.audit.recordSecurityEvent(AuditAction.LOGIN_FAILED, username.isEmpty() ? "(blank)" : username, USER, null,
				reason);
		return exception;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
