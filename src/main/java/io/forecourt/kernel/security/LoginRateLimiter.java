package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
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

	private final BucketStore store;

	private final BucketConfiguration configuration;

	LoginRateLimiter(BucketStore store, int perMinute) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("forecourt.rate-limit.login-per-minute must be at least 1");
		}
		this.store = store;
		this.configuration = BucketConfiguration.builder()
			.addLimit(
					Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

	/**
	 * Counts one attempt.
	 * @return empty when the attempt may go ahead, otherwise how long to wait
	 */
	Optional<Duration> tryAttempt(String clientAddress, @Nullable String username) {
		try {
			Optional<Duration> byAddress = consume("forecourt:login:ip:" + clientAddress);
			if (byAddress.isPresent() || username == null || username.isBlank()) {
				return byAddress;
			}
			return consume("forecourt:login:user:" + username.strip().toLowerCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			// Redis down: keep logins available; Argon2's cost still slows guessing.
			log.error("Login rate limit store failed; letting the attempt through", ex);
			return Optional.empty();
		}
	}

	private Optional<Duration> consume(String key) {
		ConsumptionProbe probe = this.store.bucket(key, () -> this.configuration).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return Optional.empty();
		}
		// Round up: "Retry-After: 0" would invite an immediate retry that fails again.
		long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
		return Optional.of(Duration.ofSeconds(seconds));
	}

}
