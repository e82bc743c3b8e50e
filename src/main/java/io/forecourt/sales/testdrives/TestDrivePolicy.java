package io.forecourt.sales.testdrives;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import io.forecourt.kernel.time.ReminderTiming;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The test-drive settings that are the same for every dealer
 * ({@code forecourt.sales.test-drives.*}); the slot length is per dealer, with a default
 * here.
 */
@Component
public class TestDrivePolicy {

	/** Check-in opens this long before the slot, for customers who come early. */
	static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofHours(2);

	private final ZoneId zone;

	private final int defaultSlotMinutes;

	private final int horizonDays;

	private final ReminderTiming reminders;

	private final Duration noShowGrace;

	TestDrivePolicy(@Value("${forecourt.sales.test-drives.zone:Asia/Shanghai}") ZoneId zone,
			@Value("${forecourt.sales.test-drives.default-slot-minutes:45}") int defaultSlotMinutes,
			@Value("${forecourt.sales.test-drives.horizon-days:60}") int horizonDays,
			@Value("${forecourt.sales.test-drives.reminders.lead-time:PT2H}") Duration reminderLeadTime,
			@Value("${forecourt.sales.test-drives.reminders.day-before:true}") boolean dayBeforeReminder,
			@Value("${forecourt.sales.test-drives.reminders.day-before-at:18:00}") LocalTime dayBeforeAt,
			@Value("${forecourt.sales.test-drives.no-show-grace:PT30M}") Duration noShowGrace) {
		SlotGrid.requireSlotLength(defaultSlotMinutes);
		this.zone = zone;
		this.defaultSlotMinutes = defaultSlotMinutes;
		this.horizonDays = horizonDays;
		this.reminders = new ReminderTiming(zone, reminderLeadTime, dayBeforeReminder, dayBeforeAt);
		this.noShowGrace = noShowGrace;
	}

	/** The dealers' business zone: slots are laid out and shown in it. */
	public ZoneId zone() {
		return this.zone;
	}

	public int defaultSlotMinutes() {
		return this.defaultSlotMinutes;
	}

	/** How many days ahead a test drive can be booked. */
	public int horizonDays() {
		return this.horizonDays;
	}

	/**
	 * When customers are reminded: the lead time before the visit, and whether and when
	 * the evening before.
	 */
	public ReminderTiming reminders() {
		return this.reminders;
	}

	/** How long after the slot's end a customer who never came is marked a no-show. */
	public Duration noShowGrace() {
		return this.noShowGrace;
	}

}
