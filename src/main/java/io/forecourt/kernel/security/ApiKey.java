package io.forecourt.kernel.security;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import org.jspecify.annotations.Nullable;

/**
 * An API key as stored, without its secret. An integrator key carries its own
 * {@code role} and {@code scope}; a personal token has neither and acts as its owner.
 *
 * @param keyPrefix the first characters of the secret, so people can tell keys apart
 * @param ownerUserId the user who holds (personal token) or created (integrator key) it
 */
public record ApiKey(UUID id, String label, String keyPrefix, @Nullable Role role, @Nullable AccessScope scope,
		@Nullable UUID ownerUserId, Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
		@Nullable Instant lastUsedAt, boolean demo) {

	public boolean personal() {
		return this.role == null;
	}

	public boolean usableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

}
