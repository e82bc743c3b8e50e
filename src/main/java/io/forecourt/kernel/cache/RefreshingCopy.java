package io.forecourt.kernel.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-memory copy of small, hot configuration data (scoring rules, routing rules, SLA
 * policies) read on every request. A change made through this instance calls
 * {@link #forget()} and takes effect at once; other instances pick it up when their copy
 * expires after the time to live, which bounds how stale they can be.
 *
 * @param <T> the loaded form
 */
public final class RefreshingCopy<T> {

	private final Duration timeToLive;

	private final Supplier<T> loader;

	private volatile @Nullable Loaded<T> loaded;

	/** Bumped on every change, so a load that raced with the change is not kept. */
	private final AtomicLong changes = new AtomicLong();

	public RefreshingCopy(Duration timeToLive, Supplier<T> loader) {
		this.timeToLive = timeToLive;
		this.loader = loader;
	}

	public T get() {
		Loaded<T> copy = this.loaded;
		if (copy == null || System.nanoTime() - copy.loadedAt() > this.timeToLive.toNanos()) {
			// two threads may both reload after expiry; both read the same rows, which is
			// cheaper than making every reader wait on a lock
			long seen = this.changes.get();
			copy = new Loaded<>(this.loader.get(), System.nanoTime());
			if (this.changes.get() == seen) {
				this.loaded = copy;
			}
		}
		return copy.value();
	}

	/**
	 * Drops the copy once the current transaction completes: dropping it earlier would
	 * let a reader in between cache the old data again for a whole time to live.
	 */
	public void forget() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					drop();
				}
			});
		}
		else {
			drop();
		}
	}

	/**
	 * Loads the data again now, whatever the time to live, for a reader that missed an
	 * entry another instance may have just added (a read: no transaction to wait for).
	 */
	public T reload() {
		drop();
		return get();
	}

	private void drop() {
		this.changes.incrementAndGet();
		this.loaded = null;
	}

	private record Loaded<T>(T value, long loadedAt) {
	}

}
