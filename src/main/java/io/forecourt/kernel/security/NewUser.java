package io.forecourt.kernel.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to create a console user. Usernames are case-insensitive and stored in
 * lower case. API-only roles cannot be given to people.
 */
public record NewUser(String username, String displayName, String rawPassword, Set<Role> roles, AccessScope scope,
		@Nullable UUID staffId, boolean demo) {

	private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{2,59}$");

	static final int MIN_PASSWORD = 8;

	static final int MAX_PASSWORD = 128;

	public NewUser {
		username = normaliseUsername(username);
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(rawPassword, "rawPassword");
		Objects.requireNonNull(scope, "scope");
		if (displayName.isBlank() || displayName.length() > 200) {
			throw ProblemException.validation("displayName", "must be 1 to 200 characters");
		}
		if (rawPassword.length() < MIN_PASSWORD || rawPassword.length() > MAX_PASSWORD) {
			throw ProblemException.validation("password",
					"must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
		}
		if (roles.isEmpty()) {
			throw ProblemException.validation("roles", "must name at least one role");
		}
		if (roles.stream().anyMatch(Role::apiOnly)) {
			throw ProblemException.validation("roles", "API-only roles cannot be given to console users");
		}
		roles = Set.copyOf(roles);
	}

	/**
	 * Usernames are compared case-insensitively: {@code Li.Wei} and {@code li.wei} are
	 * one account.
	 */
	static String normaliseUsername(@Nullable String username) {
		String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(normalised).matches()) {
			throw ProblemException.validation("username",
					"must be 3 to 60 letters, digits or . _ @ - (starting with a letter or digit)");
		}
		return normalised;
	}

	@Override
	public String toString() {
		return "NewUser[" + this.username + ", roles=" + this.roles + ", scope=" + this.scope + "]";
	}

}
