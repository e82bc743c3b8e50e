package io.forecourt.support;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The test clock's start at a chosen time of day in China, for time-of-day failures. */
class MutableClockTests {

	private static final ZonedDateTime EVENING = ZonedDateTime.of(2026, 11, 22, 21, 5, 0, 0,
			ZoneId.of("Asia/Shanghai"));

	@Test
	void unsetStartsNow() {
		assertThat(MutableClock.startOffset(null, EVENING)).isZero();
		assertThat(MutableClock.startOffset(" ", EVENING)).isZero();
	}

	@Test
	void aLaterTimeTodayIsReachedTodayAndAnEarlierOneTomorrow() {
		assertThat(MutableClock.startOffset("22:20", EVENING)).isEqualTo(Duration.ofMinutes(75));
		assertThat(MutableClock.startOffset("08:30", EVENING)).isEqualTo(Duration.ofHours(11).plusMinutes(25));
	}

}
