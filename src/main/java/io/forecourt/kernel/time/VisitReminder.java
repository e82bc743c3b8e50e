package io.forecourt.kernel.time;

/** Which reminder of a booked visit: as named in the reminder events' {@code kind}. */
public enum VisitReminder {

	/** The reminder a few hours before ({@link ReminderTiming#leadTime()}). */
	LEAD_TIME,

	/** The reminder the evening before ({@link ReminderTiming#dayBeforeAt()}). */
	DAY_BEFORE

}
