package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits password attempts (console login and the token endpoint) per client address and
 * per username, each to {@code forecourt.rate-limit.login-per-minute}. The address limit
 * stops one client guessing many accounts; the username limit stops many clients guessing
 * one account. It runs before the password is checked, so a refused attempt costs no
 * hashing.
 */
class LoginRateLimiter {

	private static final Logger log = LoggerFactory.getLogger(LoginRateLimiter.class);

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final RateLimitStore store;

	private final int perMinute;

	LoginRateLimiter(RateLimitStore store, int perMinute) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("forecourt.rate-limit.login-per-minute must be at least 1");
		}
		this.store = store;
		this.perMinute = perMinute;
	}

	/**
	 * Counts one attempt: against the address, then (if that allows it) the username.
	 * @return empty when the attempt may go ahead, otherwise how long to wait
	 */
	Optional<Duration> tryAttempt(String clientAddress, @Nullable String username) {
		List<RateLimitStore.Limit> limits = new ArrayList<>(2);
		limits.add(new RateLimitStore.Limit("forecourt:login:ip:" + clientAddress, this.perMinute, MINUTE));
		if (username != null && !username.isBlank()) {
			limits.add(new RateLimitStore.Limit("forecourt:login:user:" + username.strip().toLowerCase(Locale.ROOT),
					this.perMinute, MINUTE));
		}
		try {
			RateLimitStore.Verdict verdict = this.store.acquire(limits);
			return verdict.passed() ? Optional.empty() : Optional.of(Duration.ofSeconds(verdict.waitSeconds()));
		}
		catch (RuntimeException ex) {
			// Redis down: keep logins available; Argon2's cost still slows guessing.
			log.error("Login rate limit store failed; letting the attempt through", ex);
			return Optional.empty();
		}
	}

}
