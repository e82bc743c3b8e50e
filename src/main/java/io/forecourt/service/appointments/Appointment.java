package io.forecourt.service.appointments;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.workshop.ServicePolicy;
import org.jspecify.annotations.Nullable;

/**
 * A workshop appointment: which vehicle of which owner comes for which service when, in
 * which bay with which technician. Transitions check the current state and return the
 * next one; {@link Appointments} writes it back.
 *
 * @param channel {@code APP} (an integrator such as the brand app) or {@code STAFF}
 * @param phoneMasked the owner's phone as staff may see it, e.g. {@code 138****5678}
 */
public record Appointment(UUID id, UUID dealerId, String serviceTypeCode, UUID bayId, UUID technicianId,
		UUID customerId, @Nullable String vin, @Nullable String plate, @Nullable Integer mileageKm,
		@Nullable String contactName, @Nullable String phoneMasked, String channel, @Nullable String note,
		Instant startsAt, Instant endsAt, AppointmentStatus status, @Nullable Instant remindedAt,
		@Nullable Instant dayBeforeRemindedAt, @Nullable Instant checkedInAt, @Nullable Instant cancelledAt,
		@Nullable String cancelReason, @Nullable Instant noShowAt, String bookedBy, Instant createdAt,
		Instant updatedAt, long version) {

	/** Moved to another time, bay or technician: reminders are due again. */
	Appointment rescheduled(UUID bay, UUID technician, Instant starts, Instant ends, Instant now) {
		requireBooked("rescheduled");
		return new Appointment(this.id, this.dealerId, this.serviceTypeCode, bay, technician, this.customerId, this.vin,
				this.plate, this.mileageKm, this.contactName, this.phoneMasked, this.channel, this.note, starts, ends,
				this.status, null, null, null, null, null, null, this.bookedBy, this.createdAt, now, this.version);
	}

	Appointment cancelled(@Nullable String reason, Instant now) {
		requireBooked("cancelled");
		return new Appointment(this.id, this.dealerId, this.serviceTypeCode, this.bayId, this.technicianId,
				this.customerId, this.vin, this.plate, this.mileageKm, this.contactName, this.phoneMasked, this.channel,
				this.note, this.startsAt, this.endsAt, AppointmentStatus.CANCELLED, this.remindedAt,
				this.dayBeforeRemindedAt, null, now, reason, null, this.bookedBy, this.createdAt, now, this.version);
	}

	/**
	 * @param mileageKm the odometer at reception; the booked reading stays when null
	 * @throws ProblemException conflict unless booked, and from two hours before the
	 * start until it counts as a no-show
	 */
	Appointment checkedIn(@Nullable Integer mileageKm, Instant now, Duration grace) {
		requireBooked("checked in");
		if (now.isBefore(this.startsAt.minus(ServicePolicy.CHECK_IN_OPENS_BEFORE))) {
			throw ProblemException.conflict(
					"Appointment " + this.id + " starts at " + this.startsAt + "; check-in opens two hours before");
		}
		if (now.isAfter(this.startsAt.plus(grace))) {
			throw ProblemException.conflict("Appointment " + this.id + " started at " + this.startsAt
					+ "; it is too late to check in (book a new one)");
		}
		return new Appointment(this.id, this.dealerId, this.serviceTypeCode, this.bayId, this.technicianId,
				this.customerId, this.vin, this.plate, mileageKm == null ? this.mileageKm : mileageKm, this.contactName,
				this.phoneMasked, this.channel, this.note, this.startsAt, this.endsAt, AppointmentStatus.CHECKED_IN,
				this.remindedAt, this.dayBeforeRemindedAt, now, null, null, null, this.bookedBy, this.createdAt, now,
				this.version);
	}

	/**
	 * @throws ProblemException conflict unless booked and the appointment has begun
	 */
	Appointment noShow(Instant now) {
		requireBooked("marked a no-show");
		if (now.isBefore(this.startsAt)) {
			throw ProblemException.conflict(
					"Appointment " + this.id + " starts at " + this.startsAt + "; it is not a no-show before then");
		}
		return new Appointment(this.id, this.dealerId, this.serviceTypeCode, this.bayId, this.technicianId,
				this.customerId, this.vin, this.plate, this.mileageKm, this.contactName, this.phoneMasked, this.channel,
				this.note, this.startsAt, this.endsAt, AppointmentStatus.NO_SHOW, this.remindedAt,
				this.dayBeforeRemindedAt, null, null, null, now, this.bookedBy, this.createdAt, now, this.version);
	}

	/** Whether the bay and the technician are still held. */
	public boolean holdsSlot() {
		return this.status == AppointmentStatus.BOOKED || this.status == AppointmentStatus.CHECKED_IN;
	}

	void requireBooked(String what) {
		if (this.status != AppointmentStatus.BOOKED) {
			throw ProblemException
				.conflict("Appointment " + this.id + " is " + this.status + "; only a booked one can be " + what);
		}
	}

}
