package io.forecourt.presale.launch;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launch's pace, which the participant handover reads to yield to a hot launch:
 * attempts a second over the last window, and nothing once the attempts stop.
 */
class LaunchPaceTests {

	@Test
	void measuresAttemptsPerSecondOverTheLastWindow() throws Exception {
		LaunchPace pace = new LaunchPace(() -> 0L);
		assertThat(pace.perSecond()).as("nothing measured yet").isZero();

		for (int i = 0; i < 300; i++) {
			pace.attempted();
		}
		Thread.sleep(1_100);
		// 300 attempts over the window of at least 1.1 s that has just closed
		assertThat(pace.perSecond()).isBetween(100L, 300L);
		assertThat(pace.perSecond()).as("read again within the new window").isBetween(100L, 300L);

		Thread.sleep(1_100);
		assertThat(pace.perSecond()).as("a window without attempts").isZero();
	}

	@Test
	void seesTheLaunchHotWhenAllInstancesTogetherAnswerManyThoughThisOneAnswersFew() throws Exception {
		// the other instances' attempts, as they report them to the database
		AtomicLong reported = new AtomicLong(10_000);
		LaunchPace pace = new LaunchPace(reported::get);
		assertThat(pace.perSecond()).as("the first reading only starts the window").isZero();

		pace.attempted();
		reported.addAndGet(3_000);
		Thread.sleep(3_100);
		// 3,000 attempts reported over the 3.1 s window; this instance answered one
		assertThat(pace.perSecond()).isBetween(900L, 1_000L);
		assertThat(pace.perSecond()).as("read again within the new window").isBetween(900L, 1_000L);

		Thread.sleep(3_100);
		assertThat(pace.perSecond()).as("nothing reported for a window").isZero();
	}

	@Test
	void whenTheDatabaseCannotBeReadThisInstancesOwnPaceStands() throws Exception {
		LaunchPace pace = new LaunchPace(() -> {
			throw new IllegalStateException("database away");
		});
		for (int i = 0; i < 300; i++) {
			pace.attempted();
		}
		Thread.sleep(1_100);
		assertThat(pace.perSecond()).isBetween(100L, 300L);
	}

}
