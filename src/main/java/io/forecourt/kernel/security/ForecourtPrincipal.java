package io.forecourt.kernel.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting: a console user, an API key or the system itself (scheduled jobs, event
 * listeners). Carries the roles and the data scope that every module enforces.
 *
 * @param subjectId stable id of the account or key, used in the audit log
 * @param name the user name or key label, the actor's name in the audit log
 * @param displayName how the console greets a person (their full name); the name
 * otherwise
 * @param kind whether a person, an API key or the system acts
 * @param roles the roles held
 * @param scope which records may be seen
 * @param staffId the network staff record of a person, if linked
 */
public record ForecourtPrincipal(String subjectId, String name, String displayName, Kind kind, Set<Role> roles,
		AccessScope scope, @Nullable UUID staffId) implements Serializable {

	public enum Kind {

		USER, API_KEY, SYSTEM

	}

	/** The principal scheduled jobs and event listeners act as. */
	public static final ForecourtPrincipal SYSTEM = new ForecourtPrincipal("system", "system", Kind.SYSTEM,
			Set.of(Role.PLATFORM_ADMIN), AccessScope.all(), null);

	/** A principal whose display name is its name (keys, the system, tests). */
	public ForecourtPrincipal(String subjectId, String name, Kind kind, Set<Role> roles, AccessScope scope,
			@Nullable UUID staffId) {
		this(subjectId, name, name, kind, roles, scope, staffId);
	}

	public ForecourtPrincipal {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean can(Permission permission) {
		return this.roles.stream().anyMatch(role -> role.permissions().contains(permission));
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
