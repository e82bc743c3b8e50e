package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A booked appointment moved to another time (and perhaps another bay or technician); the
 * new slot was held before the old one was freed, in one transaction.
 */
@Externalized("forecourt.events::service.appointment.rescheduled")
public record ServiceAppointmentRescheduled(UUID appointmentId, UUID customerId, UUID dealerId, String serviceTypeCode,
		UUID bayId, UUID technicianId, Instant previousStartsAt, Instant startsAt, Instant endsAt,
		Instant rescheduledAt) {
}
