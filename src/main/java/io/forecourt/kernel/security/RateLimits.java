package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Rate limits for the public endpoints (webhooks, owner pages, presale), counted in the
 * same store as the login limits: this JVM or, with
 * {@code forecourt.rate-limit.store=redis}, every instance together. When the store fails
 * (Redis down) requests are let through: staying available matters more than the limit.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/** Apart from the login limits' keys, in a Redis the application may share. */
	private static final String NAMESPACE = "forecourt:limit:";

	private final RateLimitStore store;

	RateLimits(RateLimitStore store) {
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
	 * {@code period}, for callers that answer a refusal their own way.
	 * @return empty when the request may go ahead, otherwise the whole seconds (at least
	 * 1) until it could
	 */
	public OptionalLong tryConsume(String key, int capacity, Duration period) {
		return tryConsumeInOrder(List.of(new Limit(key, capacity, period)))
			.map(exceeded -> OptionalLong.of(exceeded.waitSeconds()))
			.orElse(OptionalLong.empty());
	}

	/**
	 * Counts one request against each limit in order, stopping at the first that is used
	 * up (it and those after it are not counted): several limits for the price of one
	 * look-up in Redis (the presale checks five per attempt).
	 * @return empty when the request may go ahead, otherwise which limit is used up
	 */
	public Optional<Exceeded> tryConsumeInOrder(List<Limit> limits) {
		try {
			List<RateLimitStore.Limit> stored = new ArrayList<>(limits.size());
			for (Limit limit : limits) {
				stored.add(new RateLimitStore.Limit(NAMESPACE + limit.key(), limit.capacity(), limit.period()));
			}
			RateLimitStore.Verdict verdict = this.store.acquire(stored);
			return verdict.passed() ? Optional.empty() : Optional
				.of(new Exceeded(verdict.exceeded(), limits.get(verdict.exceeded()), verdict.waitSeconds()));
		}
		catch (RuntimeException ex) {
			// the store (Redis) is down: stay available rather than refuse everyone
			log.error("Rate limit store failed; letting the request through", ex);
			return Optional.empty();
		}
	}

	/** At most {@code capacity} requests per {@code period} under {@code key}. */
	public record Limit(String key, int capacity, Duration period) {
	}

	/**
	 * @param index the limit's place in the list checked
	 * @param limit the limit used up
	 * @param waitSeconds whole seconds, at least one, until it lets a request through
	 */
	public record Exceeded(int index, Limit limit, long waitSeconds) {
	}

}
