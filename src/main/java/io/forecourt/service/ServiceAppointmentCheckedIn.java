package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * The owner arrived with the vehicle: the appointment's bay and technician stay held for
 * its span. What a repair order is opened from (it refers to the appointment by id and
 * takes over its bay, technician and vehicle).
 *
 * @param mileageKm the odometer reading taken at reception, if recorded
 */
@Externalized("forecourt.events::service.appointment.checked-in")
public record ServiceAppointmentCheckedIn(UUID appointmentId, UUID customerId, UUID dealerId, String serviceTypeCode,
		UUID bayId, UUID technicianId, @Nullable String vin, @Nullable String plate, @Nullable Integer mileageKm,
		Instant startsAt, Instant endsAt, Instant checkedInAt) {
}
