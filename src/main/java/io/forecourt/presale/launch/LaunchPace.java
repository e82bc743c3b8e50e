package io.forecourt.presale.launch;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many reservation attempts a second the launch is answering: what the background
 * work of a launch (handing participants to the lead center) looks at to yield to the
 * answers while the launch is hot. The larger of this instance's own pace over the last
 * second and all instances' over the last few seconds (from the counters every instance
 * adds to the database each second): behind a load balancer each instance sees only its
 * share, and two instances each below the threshold are still one hot launch on one
 * database (measured: with the capture running through the launch, two instances answered
 * a third of what one did).
 */
@Component
public class LaunchPace {

	private static final Logger log = LoggerFactory.getLogger(LaunchPace.class);

	private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** Longer than the counters' flush interval, so that a window sees whole flushes. */
	private static final long ALL_INSTANCES_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(3);

	private final LongAdder attempts = new LongAdder();

	private final LongSupplier allInstancesAttempts;

	private volatile long windowStart = System.nanoTime();

	private volatile long perSecond;

	private long allWindowStart = System.nanoTime();

	private long allAttemptsAtStart = -1;

	private volatile long allPerSecond;

	@Autowired
	LaunchPace(JdbcClient jdbc) {
		this(() -> jdbc.sql("SELECT coalesce(sum(total), 0) FROM presale_counters WHERE counter = 'ATTEMPTS'")
			.query(Long.class)
			.single());
	}

	/**
	 * @param allInstancesAttempts the attempts every instance has counted so far, as far
	 * as they have reported them
	 */
	LaunchPace(LongSupplier allInstancesAttempts) {
		this.allInstancesAttempts = allInstancesAttempts;
	}

	/** One more attempt answered (or being answered) by this instance. */
	public void attempted() {
		this.attempts.increment();
	}

	/**
	 * Attempts a second: this instance's over the last full window or all instances' over
	 * the last few seconds, whichever is higher; rolls the windows when they have passed.
	 */
	public long perSecond() {
		long now = System.nanoTime();
		long start = this.windowStart;
		if (now - start >= WINDOW_NANOS) {
			synchronized (this) {
				if (this.windowStart == start) {
					this.perSecond = this.attempts.sumThenReset() * WINDOW_NANOS / (now - start);
					this.windowStart = now;
				}
			}
		}
		return Math.max(this.perSecond, allInstancesPerSecond(now));
	}

	private synchronized long allInstancesPerSecond(long now) {
		if (this.allAttemptsAtStart >= 0 && now - this.allWindowStart < ALL_INSTANCES_WINDOW_NANOS) {
			return this.allPerSecond;
		}
		long total;
		try {
			total = this.allInstancesAttempts.getAsLong();
		}
		catch (RuntimeException ex) {
			// the database is busy or away: this instance's own pace has to do
			log.debug("Launch pace of all instances not read", ex);
			return this.allPerSecond;
		}
		if (this.allAttemptsAtStart >= 0) {
			this.allPerSecond = Math.max(0, total - this.allAttemptsAtStart) * WINDOW_NANOS
					/ Math.max(1, now - this.allWindowStart);
		}
		this.allAttemptsAtStart = total;
		this.allWindowStart = now;
		return this.allPerSecond;
	}

}
