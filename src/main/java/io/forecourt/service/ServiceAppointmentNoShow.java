package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * The owner never came: recorded by the service advisor or by the no-show job after the
 * grace period; the bay and technician are freed.
 */
@Externalized("forecourt.events::service.appointment.no-show")
public record ServiceAppointmentNoShow(UUID appointmentId, UUID customerId, UUID dealerId, String serviceTypeCode,
		Instant startsAt, Instant markedAt) {
}
