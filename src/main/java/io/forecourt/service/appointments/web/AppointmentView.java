package io.forecourt.service.appointments.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import io.forecourt.service.appointments.Appointment;
import io.forecourt.service.appointments.AppointmentStatus;
import org.jspecify.annotations.Nullable;

/**
 * An appointment as the API shows it: its span in the dealer's zone with the offset, the
 * rest of the times in UTC.
 */
record AppointmentView(UUID id, UUID dealerId, String serviceType, UUID bayId, UUID technicianId, UUID customerId,
		@Nullable String vin, @Nullable String plate, @Nullable Integer mileageKm, @Nullable String contactName,
		@Nullable String phone, String channel, @Nullable String note, OffsetDateTime start, OffsetDateTime end,
		AppointmentStatus status, @Nullable Instant remindedAt, @Nullable Instant checkedInAt,
		@Nullable Instant cancelledAt, @Nullable String cancelReason, @Nullable Instant noShowAt, String bookedBy,
		Instant createdAt, long version) {

	static AppointmentView of(Appointment a, ZoneId zone) {
		return new AppointmentView(a.id(), a.dealerId(), a.serviceTypeCode(), a.bayId(), a.technicianId(),
				a.customerId(), a.vin(), a.plate(), a.mileageKm(), a.contactName(), a.phoneMasked(), a.channel(),
				a.note(), a.startsAt().atZone(zone).toOffsetDateTime(), a.endsAt().atZone(zone).toOffsetDateTime(),
				a.status(), a.remindedAt(), a.checkedInAt(), a.cancelledAt(), a.cancelReason(), a.noShowAt(),
				a.bookedBy(), a.createdAt(), a.version());
	}

}
