package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * An owner's vehicle was booked into a dealer's workshop: a bay and a technician are held
 * for the service type's standard duration.
 *
 * @param vin the vehicle's VIN, when the booking gave one
 * @param plate the vehicle's licence plate, when the booking gave one
 * @param channel {@code APP} (the brand app or another integrator) or {@code STAFF}
 */
@Externalized("forecourt.events::service.appointment.booked")
public record ServiceAppointmentBooked(UUID appointmentId, UUID customerId, UUID dealerId, String serviceTypeCode,
		UUID bayId, UUID technicianId, @Nullable String vin, @Nullable String plate, Instant startsAt, Instant endsAt,
		String channel, Instant bookedAt) {
}
