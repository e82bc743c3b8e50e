package io.forecourt.presale.reservations;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.forecourt.presale.launch.PresaleSettings;

import org.springframework.stereotype.Component;

/**
 * Bounds the claim transactions this instance runs at once to what its connection pool
 * can serve. A request that gets no permit within {@code claimWait} is told to try again
 * (503 with Retry-After) instead of queueing for a connection, so under a surge answers
 * stay fast and the database works at its best rate. Not a lock: it decides nothing about
 * the quota, only how many ask at once.
 */
@Component
class ClaimPermits {

	private final Semaphore permits;

	private final long waitNanos;

	ClaimPermits(PresaleSettings settings, DataSource dataSource) {
		int size = settings.claimConcurrency();
		if (size <= 0) {
			int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
			size = Math.max(1, pool - 3);
		}
		this.permits = new Semaphore(size);
		this.waitNanos = settings.claimWait().toNanos();
	}

	/**
	 * @return false when none came within the wait
	 */
	boolean acquire() {
		try {
			return this.permits.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void release() {
		this.permits.release();
	}

}
