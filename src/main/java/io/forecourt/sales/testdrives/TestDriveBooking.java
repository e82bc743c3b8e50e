package io.forecourt.sales.testdrives;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * A test-drive booking: who drives which car with which consultant when, and how it went.
 * Transitions check the current state and return the next one; {@link Bookings} writes it
 * back.
 *
 * @param channel {@code APP} (an integrator such as the brand app) or {@code STAFF}
 * @param phoneMasked the customer's phone as staff may see it, e.g. {@code 138****5678}
 */
public record TestDriveBooking(UUID id, UUID dealerId, UUID carId, UUID consultantId, UUID customerId,
		@Nullable UUID leadId, String modelCode, String trimCode, @Nullable String contactName,
		@Nullable String phoneMasked, String channel, @Nullable String note, Instant startsAt, Instant endsAt,
		BookingStatus status, @Nullable Instant remindedAt, @Nullable Instant dayBeforeRemindedAt,
		@Nullable Instant checkedInAt, @Nullable Instant completedAt, @Nullable Instant cancelledAt,
		@Nullable String cancelReason, @Nullable Instant noShowAt, @Nullable Integer rating,
		@Nullable InterestLevel interest, @Nullable String comments, @Nullable String suggestedGrade, String bookedBy,
		Instant createdAt, Instant updatedAt, long version) {

	/** Moved to another slot, car or consultant: reminders are due again. */
	TestDriveBooking rescheduled(UUID car, UUID consultant, Instant starts, Instant ends, Instant now) {
		requireBooked("rescheduled");
		return new TestDriveBooking(this.id, this.dealerId, car, consultant, this.customerId, this.leadId,
				this.modelCode, this.trimCode, this.contactName, this.phoneMasked, this.channel, this.note, starts,
				ends, this.status, null, null, null, null, null, null, null, null, null, null, null, this.bookedBy,
				this.createdAt, now, this.version);
	}

	TestDriveBooking cancelled(@Nullable String reason, Instant now) {
		requireBooked("cancelled");
		return with(BookingStatus.CANCELLED, now).withCancel(now, reason);
	}

	/**
	 * @throws ProblemException conflict unless booked, and from two hours before the slot
	 * until it counts as a no-show
	 */
	TestDriveBooking checkedIn(Instant now, java.time.Duration grace) {
		requireBooked("checked in");
		if (now.isBefore(this.startsAt.minus(TestDrivePolicy.CHECK_IN_OPENS_BEFORE))) {
			throw ProblemException.conflict(
					"Test drive " + this.id + " starts at " + this.startsAt + "; check-in opens two hours before");
		}
		if (now.isAfter(this.endsAt.plus(grace))) {
			throw ProblemException
				.conflict("Test drive " + this.id + " ended at " + this.endsAt + "; it is too late to check in");
		}
		TestDriveBooking next = with(BookingStatus.CHECKED_IN, now);
		return new TestDriveBooking(next.id, next.dealerId, next.carId, next.consultantId, next.customerId, next.leadId,
				next.modelCode, next.trimCode, next.contactName, next.phoneMasked, next.channel, next.note,
				next.startsAt, next.endsAt, next.status, next.remindedAt, next.dayBeforeRemindedAt, now, null, null,
				null, null, null, null, null, null, next.bookedBy, next.createdAt, now, next.version);
	}

	/**
	 * @throws ProblemException conflict unless booked and the slot has begun
	 */
	TestDriveBooking noShow(Instant now) {
		requireBooked("marked a no-show");
		if (now.isBefore(this.startsAt)) {
			throw ProblemException.conflict(
					"Test drive " + this.id + " starts at " + this.startsAt + "; it is not a no-show before then");
		}
		TestDriveBooking next = with(BookingStatus.NO_SHOW, now);
		return new TestDriveBooking(next.id, next.dealerId, next.carId, next.consultantId, next.customerId, next.leadId,
				next.modelCode, next.trimCode, next.contactName, next.phoneMasked, next.channel, next.note,
				next.startsAt, next.endsAt, next.status, next.remindedAt, next.dayBeforeRemindedAt, null, null, null,
				null, now, null, null, null, null, next.bookedBy, next.createdAt, now, next.version);
	}

	/**
	 * @throws ProblemException conflict unless checked in
	 */
	TestDriveBooking completed(int rating, InterestLevel interest, @Nullable String comments, @Nullable String grade,
			Instant now) {
		if (this.status != BookingStatus.CHECKED_IN) {
			throw ProblemException.conflict("Test drive " + this.id + " is " + this.status
					+ "; feedback is recorded once the customer has checked in");
		}
		return new TestDriveBooking(this.id, this.dealerId, this.carId, this.consultantId, this.customerId, this.leadId,
				this.modelCode, this.trimCode, this.contactName, this.phoneMasked, this.channel, this.note,
				this.startsAt, this.endsAt, BookingStatus.COMPLETED, this.remindedAt, this.dayBeforeRemindedAt,
				this.checkedInAt, now, null, null, null, rating, interest, comments, grade, this.bookedBy,
				this.createdAt, now, this.version);
	}

	/** Whether the car and consultant are still held (the slot not freed). */
	public boolean holdsSlot() {
		return this.status == BookingStatus.BOOKED || this.status == BookingStatus.CHECKED_IN
				|| this.status == BookingStatus.COMPLETED;
	}

	private void requireBooked(String what) {
		if (this.status != BookingStatus.BOOKED) {
			throw ProblemException
				.conflict("Test drive " + this.id + " is " + this.status + "; only a booked one can be " + what);
		}
	}

	private TestDriveBooking with(BookingStatus to, Instant now) {
		return new TestDriveBooking(this.id, this.dealerId, this.carId, this.consultantId, this.customerId, this.leadId,
				this.modelCode, this.trimCode, this.contactName, this.phoneMasked, this.channel, this.note,
				this.startsAt, this.endsAt, to, this.remindedAt, this.dayBeforeRemindedAt, this.checkedInAt,
				this.completedAt, this.cancelledAt, this.cancelReason, this.noShowAt, this.rating, this.interest,
				this.comments, this.suggestedGrade, this.bookedBy, this.createdAt, now, this.version);
	}

	private TestDriveBooking withCancel(Instant at, @Nullable String reason) {
		return new TestDriveBooking(this.id, this.dealerId, this.carId, this.consultantId, this.customerId, this.leadId,
				this.modelCode, this.trimCode, this.contactName, this.phoneMasked, this.channel, this.note,
				this.startsAt, this.endsAt, this.status, this.remindedAt, this.dayBeforeRemindedAt, this.checkedInAt,
				this.completedAt, at, reason, this.noShowAt, this.rating, this.interest, this.comments,
				this.suggestedGrade, this.bookedBy, this.createdAt, this.updatedAt, this.version);
	}

}
