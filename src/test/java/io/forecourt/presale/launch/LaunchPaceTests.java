package io.forecourt.presale.launch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launch's pace, which the participant handover reads to yield to a hot launch:
 * attempts a second over the last window, and nothing once the attempts stop.
 */
class LaunchPaceTests {

	@Test
	void measuresAttemptsPerSecondOverTheLastWindow() throws Exception {
		LaunchPace pace = new LaunchPace();
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

}
