package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A booked test drive is coming up and the customer should be reminded; the marketing
 * module's channels (SMS, WeChat template, app push) send it. Published once per booking
 * and kind, whichever instance runs the reminder job.
 *
 * @param kind {@code LEAD_TIME} (a few hours before) or {@code DAY_BEFORE} (the evening
 * before)
 */
@Externalized("forecourt.events::sales.test-drive.reminder-due")
public record TestDriveReminderDue(UUID bookingId, UUID customerId, UUID dealerId, UUID consultantId, String modelCode,
		Instant startsAt, String kind, Instant dueAt) {
}
