package io.forecourt.service.workshop;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import io.forecourt.kernel.time.QuarterHours;
import io.forecourt.kernel.time.ReminderTiming;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service center's settings that are the same for every dealer
 * ({@code forecourt.service.*}): the business zone, how far apart offered start times
 * are, how far ahead owners can book, and the reminder and no-show timing.
 */
@Component
public class ServicePolicy {

	/** Check-in opens this long before the appointment, for owners who come early. */
	public static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofHours(2);

	private final ZoneId zone;

	private final Duration slotStep;

	private final int horizonDays;

	private final ReminderTiming reminders;

	private final Duration noShowGrace;

	ServicePolicy(@Value("${forecourt.service.zone:Asia/Shanghai}") ZoneId zone,
			@Value("${forecourt.service.slot-step:PT30M}") Duration slotStep,
			@Value("${forecourt.service.horizon-days:30}") int horizonDays,
			@Value("${forecourt.service.appointments.reminders.lead-time:PT2H}") Duration reminderLeadTime,
			@Value("${forecourt.service.appointments.reminders.day-before:true}") boolean dayBeforeReminder,
			@Value("${forecourt.service.appointments.reminders.day-before-at:18:00}") LocalTime dayBeforeAt,
			@Value("${forecourt.service.appointments.no-show-grace:PT1H}") Duration noShowGrace) {
		QuarterHours.requireWholeUnits(slotStep);
		this.zone = zone;
		this.slotStep = slotStep;
		this.horizonDays = horizonDays;
		this.reminders = new ReminderTiming(zone, reminderLeadTime, dayBeforeReminder, dayBeforeAt);
		this.noShowGrace = noShowGrace;
	}

	/** The dealers' business zone: days and opening hours are laid out in it. */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * How far apart the offered start times are (any quarter hour can be booked; the list
	 * offers these).
	 */
	public Duration slotStep() {
		return this.slotStep;
	}

	/** How many days ahead an appointment can be booked. */
	public int horizonDays() {
		return this.horizonDays;
	}

	/**
	 * When owners are reminded: the lead time before the visit, and whether and when the
	 * evening before.
	 */
	public ReminderTiming reminders() {
		return this.reminders;
	}

	/**
	 * How long after the appointment's start an owner who has not checked in is a no-show
	 * (the bay and technician are freed for the rest).
	 */
	public Duration noShowGrace() {
		return this.noShowGrace;
	}

}
