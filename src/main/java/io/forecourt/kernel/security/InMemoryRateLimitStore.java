package io.forecourt.kernel.security;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Limits counted in this JVM only: right for the single-instance default. Each key holds
 * its theoretical arrival time (on the ticker's clock) and is dropped once that has
 * passed, so the keys an attacker or a launch brings leave as fast as they stop limiting
 * anyone, and no request ever sweeps the others.
 */
class InMemoryRateLimitStore implements RateLimitStore {

	private final Ticker ticker;

	private final Cache<String, Long> arrivals;

	InMemoryRateLimitStore() {
		this(Ticker.systemTicker());
	}

	InMemoryRateLimitStore(Ticker ticker) {
		this.ticker = ticker;
		this.arrivals = Caffeine.newBuilder().ticker(ticker).expireAfter(new Expiry<String, Long>() {

			@Override
			public long expireAfterCreate(String key, Long arrival, long now) {
				return Math.max(0, arrival - now);
			}

			@Override
			public long expireAfterUpdate(String key, Long arrival, long now, long currentDuration) {
				return Math.max(0, arrival - now);
			}

			@Override
			public long expireAfterRead(String key, Long arrival, long now, long currentDuration) {
				return currentDuration;
			}

		}).build();
	}

	@Override
	public Verdict acquire(List<Limit> limits) {
		for (int i = 0; i < limits.size(); i++) {
			long wait = acquire(limits.get(i));
			if (wait > 0) {
				return new Verdict(i, wait);
			}
		}
		return Verdict.PASSED;
	}

	/**
	 * @return 0 when counted, otherwise the nanoseconds until it would be
	 */
	private long acquire(Limit limit) {
		long interval = limit.intervalNanos();
		long period = limit.period().toNanos();
		long[] wait = { 0 };
		this.arrivals.asMap().compute(limit.key(), (key, arrival) -> {
			long now = this.ticker.read();
			long next = Math.max(arrival == null ? now : arrival, now) + interval;
			if (next - now > period) {
				wait[0] = next - period - now;
				// refused: not counted (a refused key always had an arrival time)
				return arrival;
			}
			return next;
		});
		return wait[0];
	}

	/** Keys still remembered (tests: they go once they limit nobody). */
	long remembered() {
		this.arrivals.cleanUp();
		return this.arrivals.estimatedSize();
	}

}
