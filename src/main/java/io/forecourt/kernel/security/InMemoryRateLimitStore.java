package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

/**
 * Limits counted in this JVM only: right for the single-instance default. Each key holds
 * its theoretical arrival time (on the ticker's clock) in a plain concurrent map, and a
 * sweep every {@link #SWEEP_EVERY} drops the keys whose time has passed, so the keys an
 * attacker or a launch brings leave soon after they stop limiting anyone, and no request
 * ever sweeps the others.
 * <p>
 * Not a Caffeine cache with per-key expiry: under a launch's load its per-write
 * maintenance (the timer wheel, its lock, the hand-off to a pool thread) took 5.6% of the
 * JVM's CPU, measured, against a map write and one pass over the map a second.
 */
class InMemoryRateLimitStore implements RateLimitStore, DisposableBean {

	static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

	private final LongSupplier ticker;

	private final ConcurrentHashMap<String, Long> arrivals = new ConcurrentHashMap<>();

	private final @Nullable ScheduledExecutorService sweeper;

	InMemoryRateLimitStore() {
		this(System::nanoTime, true);
	}

	/**
	 * @param ticker nanoseconds, as {@link System#nanoTime()}; tests sweep themselves
	 */
	InMemoryRateLimitStore(LongSupplier ticker) {
		this(ticker, false);
	}

	private InMemoryRateLimitStore(LongSupplier ticker, boolean sweepInBackground) {
		this.ticker = ticker;
		this.sweeper = sweepInBackground ? Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rate-limit-sweeper").factory()) : null;
		if (this.sweeper != null) {
			this.sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_EVERY.toMillis(), SWEEP_EVERY.toMillis(),
					TimeUnit.MILLISECONDS);
		}
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
		this.arrivals.compute(limit.key(), (key, arrival) -> {
			long now = this.ticker.getAsLong();
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

	/** Forgets the keys whose arrival time has passed: they limit nobody now. */
	void sweep() {
		long now = this.ticker.getAsLong();
		// removeIf on the entry set removes an entry only if it is still the one seen
		this.arrivals.entrySet().removeIf(entry -> entry.getValue() - now <= 0);
	}

	/**
	 * Keys still remembered after a sweep now (tests: they go once they limit nobody).
	 */
	long remembered() {
		sweep();
		return this.arrivals.size();
	}

	/** Keys held now, swept or not (tests: the background sweep). */
	int size() {
		return this.arrivals.size();
	}

	@Override
	public void destroy() {
		if (this.sweeper != null) {
			this.sweeper.shutdownNow();
		}
	}

}
