package io.forecourt.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a booked visit's customer is reminded: {@code leadTime} before it, and, when
 * {@code dayBefore} is on, from {@code dayBeforeAt} in the evening before (in the
 * dealers' zone) for the next day's visits not yet reminded.
 *
 * @param zone the dealers' business zone, in which "the evening before" is
 * @param leadTime how long before the visit the customer is reminded
 * @param dayBefore whether customers are also reminded the evening before
 * @param dayBeforeAt when, the evening before, that reminder goes out
 */
public record ReminderTiming(ZoneId zone, Duration leadTime, boolean dayBefore, LocalTime dayBeforeAt) {

	/** The end of the lead-time window: visits starting in (now, this] are reminded. */
	public Instant leadTimeUntil(Instant now) {
		return now.plus(this.leadTime);
	}

	/**
	 * The end of the day-before window, once the evening hour has come: visits starting
	 * after the lead-time window and by the end of tomorrow; empty before the evening
	 * hour or when day-before reminders are off.
	 */
	public Optional<Instant> dayBeforeUntil(Instant now) {
		if (!this.dayBefore) {
			return Optional.empty();
		}
		LocalDate today = now.atZone(this.zone).toLocalDate();
		if (now.isBefore(today.atTime(this.dayBeforeAt).atZone(this.zone).toInstant())) {
			return Optional.empty();
		}
		return Optional.of(today.plusDays(2).atStartOfDay(this.zone).toInstant());
	}

}
