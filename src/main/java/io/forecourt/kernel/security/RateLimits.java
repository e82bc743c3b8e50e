package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Rate limits for the public endpoints (webhooks, owner pages, presale), counted in the
 * same store as the login limits: this JVM or, with
 * {@code forecourt.rate-limit.store=redis}, every instance together.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private final BucketStore store;

	private final Map<Limit, BucketConfiguration> configurations = new ConcurrentHashMap<>();

	RateLimits(BucketStore store) {
		this.store = store;
	}

	/**
	 * Counts one request against {@code key}, at most {@code perMinute} a minute.
	 * @throws ProblemException 429 with {@link ProblemException#RETRY_AFTER_SECONDS} when
	 * the limit is used up
	 */
	public void consume(String key, int perMinute, String what) {
		OptionalLong wait = tryConsume(key, perMinute, Duration.ofMinutes(1));
		if (wait.isPresent()) {
			throw new ProblemException(ProblemType.RATE_LIMITED,
					"Too many requests " + what + "; at most " + perMinute + " a minute",
					Map.of(ProblemException.RETRY_AFTER_SECONDS, wait.getAsLong()));
		}
	}

	/**
	 * Counts one request against {@code key}, at most {@code capacity} per
	 * {@code period}, for callers that answer a refusal their own way (the presale counts
	 * and words its refusals). When the store fails (Redis down) the request is let
	 * through, as {@link #consume} does.
	 * @return empty when the request may go ahead, otherwise the whole seconds (at least
	 * 1) until it could
	 */
	public OptionalLong tryConsume(String key, int capacity, Duration period) {
		try {
			BucketConfiguration configuration = this.configurations.computeIfAbsent(new Limit(capacity, period),
					limit -> BucketConfiguration.builder()
						.addLimit(Bandwidth.builder()
							.capacity(limit.capacity())
							.refillGreedy(limit.capacity(), limit.period())
							.build())
						.build());
			ConsumptionProbe probe = this.store.bucket("forecourt:limit:" + key, () -> configuration)
				.tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				return OptionalLong.empty();
			}
			return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
		}
		catch (RuntimeException ex) {
			// the store (Redis) is down: stay available rather than refuse everyone
			log.error("Rate limit store failed; letting the request through", ex);
			return OptionalLong.empty();
		}
	}

	private record Limit(int capacity, Duration period) {
	}

}
