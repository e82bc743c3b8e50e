package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/** A booked appointment was cancelled; its bay and technician are free again. */
@Externalized("forecourt.events::service.appointment.cancelled")
public record ServiceAppointmentCancelled(UUID appointmentId, UUID customerId, UUID dealerId, String serviceTypeCode,
		Instant startsAt, @Nullable String reason, Instant cancelledAt) {
}
