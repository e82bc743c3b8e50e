package io.forecourt.presale.launch;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/**
 * How many reservation attempts this instance is answering a second, measured over the
 * last second or so: what the background work of a launch (handing participants to the
 * lead center) looks at to yield to the answers while the launch is hot.
 */
@Component
public class LaunchPace {

	private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final LongAdder attempts = new LongAdder();

	private volatile long windowStart = System.nanoTime();

	private volatile long perSecond;

	/** One more attempt answered (or being answered) by this instance. */
	public void attempted() {
		this.attempts.increment();
	}

	/**
	 * Attempts a second over the last full window; rolls the window when it has passed.
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
		return this.perSecond;
	}

}
