package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A booked appointment is coming up and the owner should be reminded; the marketing
 * module's channels send it. Published once per appointment and kind, whichever instance
 * runs the reminder job.
 *
 * @param kind {@code LEAD_TIME} (a few hours before) or {@code DAY_BEFORE} (the evening
 * before)
 */
@Externalized("forecourt.events::service.appointment.reminder-due")
public record ServiceAppointmentReminderDue(UUID appointmentId, UUID customerId, UUID dealerId, String serviceTypeCode,
		Instant startsAt, String kind, Instant dueAt) {
}
