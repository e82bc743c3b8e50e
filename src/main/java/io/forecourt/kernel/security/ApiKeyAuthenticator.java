package io.forecourt.kernel.security;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Turns a presented key secret into the principal it acts as, or nothing when the key is
 * unknown, revoked or expired (or, for a personal token, its owner is disabled). One
 * indexed read per request; {@code last_used_at} is written at most once a minute per
 * key.
 *
 * <p>
 * Presented keys are cached for {@code forecourt.security.key-cache-ttl} (10 s by
 * default) so that a busy integration does not cost a database read per request. Expiry
 * is still checked on every request; a revocation through {@link Accounts} clears this
 * instance's cache at once, and reaches other instances within the TTL.
 */
@Component
class ApiKeyAuthenticator {

	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final ApiKeys keys;

	private final Clock clock;

	private final Cache<String, Optional<ApiKeys.Presented>> presented;

	ApiKeyAuthenticator(ApiKeys keys, Clock clock,
			@Value("${forecourt.security.key-cache-ttl:PT10S}") Duration cacheTtl) {
		this.keys = keys;
		this.clock = clock;
		this.presented = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(cacheTtl).build();
	}

	/** Forgets every cached key, after a change to keys or their owners. */
	void forgetAll() {
		this.presented.invalidateAll();
	}

	Optional<ForecourtPrincipal> authenticate(String secret) {
		if (!KeySecret.isWellFormed(secret)) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		Optional<ApiKeys.Presented> found = this.presented.get(KeySecret.hash(secret), this.keys::findByHash);
		if (found.isEmpty() || !found.get().key().usableAt(now)) {
			return Optional.empty();
		}
		Optional<ForecourtPrincipal> principal = principal(found.get());
		principal.ifPresent(p -> touch(found.get().key(), now));
		return principal;
	}

	private static Optional<ForecourtPrincipal> principal(ApiKeys.Presented presented) {
		ApiKey key = presented.key();
		if (!key.personal()) {
			return Optional.of(new ForecourtPrincipal(key.id().toString(), key.label(), ForecourtPrincipal.Kind.API_KEY,
					Set.of(key.role()), key.scope(), null));
		}
		ApiKeys.Owner owner = presented.owner();
		if (owner == null || !owner.enabled()) {
			return Optional.empty();
		}
		return Optional.of(new ForecourtPrincipal(String.valueOf(key.ownerUserId()), owner.username(),
				ForecourtPrincipal.Kind.USER, owner.roles(), owner.scope(), owner.staffId()));
	}

	private void touch(ApiKey key, Instant now) {
		Instant notBefore = now.minus(TOUCH_INTERVAL);
		if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(notBefore)) {
			this.keys.touch(key.id(), now, notBefore);
		}
	}

}
