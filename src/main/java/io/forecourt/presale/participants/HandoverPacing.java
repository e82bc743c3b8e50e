package io.forecourt.presale.participants;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * When an instance's participant handover may take its next batch: not while the lead
 * center still owes the capture of {@code outstandingLimit} people this instance handed
 * over (unless it has been silent for a minute: its capture failed and waits for
 * resubmission, or it is busy elsewhere), and, while the launch is hot, once per
 * {@code hotIntervalNanos} only.
 */
final class HandoverPacing {

	/**
	 * Without word from the lead center for this long, the handover stops waiting for it.
	 */
	static final long CAPTURE_SILENCE_NANOS = TimeUnit.SECONDS.toNanos(60);

	private final LongSupplier nanoTime;

	private final int outstandingLimit;

	private final long hotIntervalNanos;

	private final AtomicInteger outstanding = new AtomicInteger();

	private volatile long lastCaptured;

	private volatile long lastHandover;

	HandoverPacing(LongSupplier nanoTime, int outstandingLimit, long hotIntervalNanos) {
		this.nanoTime = nanoTime;
		this.outstandingLimit = outstandingLimit;
		this.hotIntervalNanos = hotIntervalNanos;
		this.lastCaptured = nanoTime.getAsLong();
		this.lastHandover = nanoTime.getAsLong() - hotIntervalNanos;
	}

	/**
	 * @param hot whether the launch is hot on this instance now
	 */
	boolean mayHandOver(boolean hot) {
		long now = this.nanoTime.getAsLong();
		if (hot && now - this.lastHandover < this.hotIntervalNanos) {
			return false;
		}
		if (this.outstanding.get() < this.outstandingLimit) {
			return true;
		}
		if (now - this.lastCaptured > CAPTURE_SILENCE_NANOS) {
			this.outstanding.set(0);
			return true;
		}
		return false;
	}

	/** A batch of {@code participants} was handed over (0: none was waiting). */
	void handedOver(int participants) {
		this.lastHandover = this.nanoTime.getAsLong();
		this.outstanding.addAndGet(participants);
	}

	/** The lead center has captured {@code participants} of them. */
	void captured(int participants) {
		this.outstanding.updateAndGet(n -> Math.max(0, n - participants));
		this.lastCaptured = this.nanoTime.getAsLong();
	}

	int outstanding() {
		return this.outstanding.get();
	}

}
