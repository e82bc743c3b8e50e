package io.forecourt.kernel.security;

import java.util.Set;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The first sign-in of a new production installation: without demo data nobody could
 * otherwise sign in to create users and keys. When no console user exists yet and
 * {@code forecourt.bootstrap.admin-username} and {@code admin-password}
 * ({@code FORECOURT_ADMIN_USERNAME}, {@code FORECOURT_ADMIN_PASSWORD}) are set, a
 * platform administrator is created with them; once any user exists they are ignored, so
 * the settings can stay in place (rotate the password in the console, not here).
 * Instances starting together create one administrator: the username is unique.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty(name = "forecourt.demo.enabled", havingValue = false)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final int MIN_PASSWORD = 12;

	/** The demo logins' published password (network's demo seeder). */
	private static final String DEMO_PASSWORD = "forecourt-demo";

	private final Accounts accounts;

	private final UserAccounts users;

	private final String username;

	private final String password;

	FirstAdministrator(Accounts accounts, UserAccounts users,
			@Value("${forecourt.bootstrap.admin-username:}") String username,
			@Value("${forecourt.bootstrap.admin-password:}") String password) {
		this.accounts = accounts;
		this.users = users;
		this.username = username.strip();
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.username.isEmpty() || this.password.isEmpty() || this.users.anyExists()) {
			return;
		}
		if (this.password.length() < MIN_PASSWORD || this.password.equals(DEMO_PASSWORD)) {
			throw new IllegalStateException("forecourt.bootstrap.admin-password (FORECOURT_ADMIN_PASSWORD) must be at"
					+ " least " + MIN_PASSWORD + " characters and not the published demo password");
		}
		try {
			UserAccount admin = CurrentAccess
				.asSystem(() -> this.accounts.createUser(new NewUser(this.username, "Platform administrator",
						this.password, Set.of(Role.PLATFORM_ADMIN), AccessScope.all(), null, false)));
			log.info("Created the first platform administrator '{}' (forecourt.bootstrap.admin-username)",
					admin.username());
		}
		catch (ProblemException | DataIntegrityViolationException ex) {
			// another instance starting at the same moment created it first
			log.info("First administrator not created here: {}", ex.getMessage());
		}
	}

}
