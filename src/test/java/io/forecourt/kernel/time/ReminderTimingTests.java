package io.forecourt.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderTimingTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final ReminderTiming timing = new ReminderTiming(SHANGHAI, Duration.ofHours(2), true, LocalTime.of(18, 0));

	@Test
	void theLeadTimeWindowEndsTheLeadTimeFromNow() {
		Instant now = Instant.parse("2026-11-23T01:15:00Z");

		assertThat(this.timing.leadTimeUntil(now)).isEqualTo(Instant.parse("2026-11-23T03:15:00Z"));
	}

	@Test
	void beforeTheEveningHourInTheDealersZoneThereIsNoDayBeforeWindow() {
		// 17:59 in Shanghai, already 09:59 in UTC
		assertThat(this.timing.dayBeforeUntil(Instant.parse("2026-11-23T09:59:00Z"))).isEmpty();
		// half past midnight in Shanghai, still the evening before in UTC
		assertThat(this.timing.dayBeforeUntil(Instant.parse("2026-11-23T16:30:00Z"))).isEmpty();
	}

	@Test
	void fromTheEveningHourTheWindowRunsToTheEndOfTomorrowInTheDealersZone() {
		Instant endOfTomorrow = Instant.parse("2026-11-24T16:00:00Z"); // 25 Nov 00:00 +08

		assertThat(this.timing.dayBeforeUntil(Instant.parse("2026-11-23T10:00:00Z"))).contains(endOfTomorrow);
		assertThat(this.timing.dayBeforeUntil(Instant.parse("2026-11-23T15:59:00Z"))).contains(endOfTomorrow);
	}

	@Test
	void withDayBeforeRemindersOffThereIsNoDayBeforeWindow() {
		ReminderTiming off = new ReminderTiming(SHANGHAI, Duration.ofHours(2), false, LocalTime.of(18, 0));

		assertThat(off.dayBeforeUntil(Instant.parse("2026-11-23T12:00:00Z"))).isEmpty();
	}

}
