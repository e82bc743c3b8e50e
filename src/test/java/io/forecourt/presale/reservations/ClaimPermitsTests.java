package io.forecourt.presale.reservations;

import java.time.Duration;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.forecourt.presale.launch.PresaleSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load shedding: an instance runs as many claim transactions at once as its pool can
 * serve, and a request that gets no slot within the wait is turned away, not queued.
 */
class ClaimPermitsTests {

	@Test
	void aRequestBeyondTheBoundIsTurnedAwayAfterTheWaitAndServedOnceASlotIsFree() {
		ClaimPermits permits = new ClaimPermits(settings(2, Duration.ofMillis(30)), new HikariDataSource());
		assertThat(permits.acquire()).isTrue();
		assertThat(permits.acquire()).isTrue();

		long started = System.nanoTime();
		assertThat(permits.acquire()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(25));

		permits.release();
		assertThat(permits.acquire()).isTrue();
	}

	@Test
	void byDefaultTheBoundIsThePoolLessThree() {
		HikariDataSource pool = new HikariDataSource();
		pool.setMaximumPoolSize(5);
		ClaimPermits permits = new ClaimPermits(settings(0, Duration.ofMillis(1)), pool);
		assertThat(permits.acquire()).isTrue();
		assertThat(permits.acquire()).isTrue();
		assertThat(permits.acquire()).isFalse();
	}

	private static PresaleSettings settings(int concurrency, Duration wait) {
		return new PresaleSettings(concurrency, wait, Duration.ofMillis(200), 500, Duration.ofMillis(5),
				Duration.ofSeconds(3), 1000, 1000, Duration.ofMillis(200), 500, Duration.ofSeconds(10),
				new PresaleSettings.Abuse(10, 600, 30, 5, List.of("curl/"), List.of("HuaxiaApp/")));
	}

}
