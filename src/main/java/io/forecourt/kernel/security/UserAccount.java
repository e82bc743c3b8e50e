package io.forecourt.kernel.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import org.jspecify.annotations.Nullable;

/**
 * A console user as other modules see it; the password hash never leaves
 * {@link Accounts}.
 *
 * @param staffId the network staff record of this person, if linked
 * @param demo whether the account was created by the demo seeder (production refuses to
 * start while one exists)
 */
public record UserAccount(UUID id, String username, String displayName, Set<Role> roles, AccessScope scope,
		@Nullable UUID staffId, boolean enabled, boolean demo, Instant createdAt, long version) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

	/** The principal this user acts as, in the console and with a personal token. */
	public ForecourtPrincipal principal() {
		return new ForecourtPrincipal(this.id.toString(), this.username, this.displayName, ForecourtPrincipal.Kind.USER,
				this.roles, this.scope, this.staffId);
	}

}
