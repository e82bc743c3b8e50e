package io.forecourt.kernel.security;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to issue an integrator key: a role and a scope of its own. Personal
 * tokens, which act as their owner, are issued with
 * {@link Accounts#issuePersonalToken(UUID, String, Instant)}.
 *
 * @param ownerUserId the user responsible for the key, who may list and revoke it
 * @param expiresAt when the key stops working, or {@code null} for never
 * @param secret a given secret instead of a random one; only for demo keys, so that the
 * documented demo key ({@code forecourt.demo.api-key}) works in scripts
 */
public record NewApiKey(String label, Role role, AccessScope scope, @Nullable UUID ownerUserId,
		@Nullable Instant expiresAt, boolean demo, @Nullable String secret) {

	public NewApiKey {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(scope, "scope");
		label = checkLabel(label);
		if (secret != null && !demo) {
			throw new IllegalArgumentException("Only demo keys may have a given secret; real keys are random");
		}
		if (secret != null && !KeySecret.isWellFormed(secret)) {
			throw ProblemException.validation("secret",
					"must be fc_ followed by at least " + KeySecret.MIN_RANDOM_CHARS + " URL-safe characters");
		}
	}

	/** A random key, the usual case. */
	public static NewApiKey of(String label, Role role, AccessScope scope, @Nullable UUID ownerUserId,
			@Nullable Instant expiresAt) {
		return new NewApiKey(label, role, scope, ownerUserId, expiresAt, false, null);
	}

	static String checkLabel(@Nullable String label) {
		if (label == null || label.isBlank() || label.strip().length() > 100) {
			throw ProblemException.validation("label", "must be 1 to 100 characters");
		}
		return label.strip();
	}

	@Override
	public String toString() {
		return "NewApiKey[" + this.label + ", role=" + this.role + ", scope=" + this.scope + ", demo=" + this.demo
				+ "]";
	}

}
