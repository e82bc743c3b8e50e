package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.List;

/**
 * Where rate limits are counted: this JVM's memory (one instance) or Redis (counters
 * shared by every instance behind the load balancer).
 * <p>
 * Each limit is a generic cell rate algorithm (GCRA): the one number kept per key is the
 * theoretical arrival time (TAT), the moment the key's allowance is whole again. A
 * request at {@code now} moves it to {@code max(TAT, now) + period / capacity} and is let
 * through while that stays within one {@code period} of now. This is the token bucket
 * that refills one request every {@code period / capacity} (a burst of {@code capacity}
 * from rest) in one number instead of a bucket object, and a key is forgotten as soon as
 * its TAT has passed, when it limits nobody: after a single request, one
 * {@code period / capacity} rather than a whole period. A launch brings hundreds of
 * thousands of keys a minute; that difference was most of its garbage collection.
 */
interface RateLimitStore {

	/**
	 * Counts one request against each limit in order, stopping at the first that is used
	 * up: that one and those after it are not counted. Redis does it in one round trip.
	 * @return {@link Verdict#PASSED} or the limit that is used up
	 */
	Verdict acquire(List<Limit> limits);

	/** At most {@code capacity} requests per {@code period} under {@code key}. */
	record Limit(String key, int capacity, Duration period) {

		public Limit {
			if (capacity < 1 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("a limit needs a capacity and a period: " + capacity + "/" + period);
			}
		}

		/** The time one request takes up: the period shared out over the capacity. */
		long intervalNanos() {
			return Math.max(1, period().toNanos() / capacity());
		}

	}

	/**
	 * @param exceeded the index of the limit used up, -1 when none was
	 * @param waitNanos how long until that limit lets a request through
	 */
	record Verdict(int exceeded, long waitNanos) {

		static final Verdict PASSED = new Verdict(-1, 0);

		boolean passed() {
			return this.exceeded < 0;
		}

		/**
		 * The wait in whole seconds, at least one: "Retry-After: 0" invites a retry that
		 * fails.
		 */
		long waitSeconds() {
			return Math.max(1, (this.waitNanos + 999_999_999L) / 1_000_000_000L);
		}

	}

}
