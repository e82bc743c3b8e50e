package io.forecourt.presale.participants;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.launch.PresaleSettings;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that hangs: the recorder fails the participants it could not write within
 * {@code record-timeout} itself, the one in the batch being written and the one still
 * queued behind it, so no request waits longer than that (requests wait without a timeout
 * of their own).
 */
class ParticipantRecorderTimeoutTests {

	private static final Duration TIMEOUT = Duration.ofMillis(300);

	@Test
	void participantsNotWrittenInTimeAreFailedWhetherBeingWrittenOrStillQueued() throws Exception {
		CountDownLatch database = new CountDownLatch(1);
		HangingDataSource hanging = new HangingDataSource(database);
		ParticipantRecorder recorder = new ParticipantRecorder(new JdbcTemplate(hanging), Clock.systemUTC(),
				settings());
		recorder.start();
		try {
			CompletableFuture<Boolean> writing = recorder.record(campaign(), "person-a", participant());
			Thread.sleep(100);
			CompletableFuture<Boolean> queued = recorder.record(campaign(), "person-b", participant());
			assertThat(writing).isNotDone();
			assertThat(queued).isNotDone();

			for (CompletableFuture<Boolean> late : List.of(writing, queued)) {
				assertThat(late).failsWithin(Duration.ofSeconds(2))
					.withThrowableOfType(ExecutionException.class)
					.withCauseInstanceOf(TimeoutException.class);
			}
		}
		finally {
			database.countDown();
			recorder.stop();
		}
	}

	private static PresaleSettings settings() {
		return new PresaleSettings(0, Duration.ofMillis(50), Duration.ofMillis(200), 1, Duration.ofMillis(5), TIMEOUT,
				100, 100, Duration.ofMillis(200), 500, Duration.ofSeconds(10),
				new PresaleSettings.Abuse(10, 600, 30, 5, List.of(), List.of()));
	}

	private static Campaign campaign() {
		Instant now = Instant.now();
		return new Campaign(UUID.fromString("00000000-0000-0000-0000-000000000001"), "T", "测", "Test", "Huaxia", "E5",
				10, now, now.plusSeconds(3600), BigDecimal.TEN, Duration.ofMinutes(15), 1, false, Set.of(), Set.of(),
				List.of(), now, "test");
	}

	private static PresaleParticipantsJoined.Participant participant() {
		return new PresaleParticipantsJoined.Participant("+8613800000000", null,
				PresaleParticipantsJoined.Outcome.SOLD_OUT, null, null, false, Instant.now(), null);
	}

	/** A database whose connections never come, until the test lets it refuse them. */
	private static final class HangingDataSource extends AbstractDataSource {

		private final CountDownLatch released;

		HangingDataSource(CountDownLatch released) {
			this.released = released;
		}

		@Override
		public Connection getConnection() throws SQLException {
			try {
				this.released.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new SQLException("the test's database is gone");
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

}
