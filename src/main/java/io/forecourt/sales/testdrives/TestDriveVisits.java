package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.sales.TestDriveCompleted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day of the drive in the showroom: the customer checks in, drives, and the
 * consultant records the feedback; or the customer never comes. Each step locks the
 * booking, so the no-show job and a late check-in cannot both win.
 */
@Service
public class TestDriveVisits {

	private static final Set<String> GRADES = Set.of("H", "A", "B", "C");

	private final BookingAccess bookingAccess;

	private final Bookings bookings;

	private final NoShowMarker noShows;

	private final TestDrivePolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TestDriveVisits(BookingAccess bookingAccess, Bookings bookings, NoShowMarker noShows, TestDrivePolicy policy,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.bookingAccess = bookingAccess;
		this.bookings = bookings;
		this.noShows = noShows;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException not found outside the scope;
	 * conflict unless booked, earlier than two hours before the slot, or once it counts
	 * as a no-show
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public TestDriveBooking checkIn(UUID id) {
		Instant now = this.clock.instant();
		TestDriveBooking booking = this.bookingAccess.lockVisible(id);
		TestDriveBooking arrived = booking.checkedIn(now, this.policy.noShowGrace());
		this.bookings.save(arrived);
		this.audit.recordChange(AuditAction.UPDATE, TestDriveBookings.BOOKING, id, "customer checked in");
		return arrived;
	}

	/**
	 * Staff mark a customer who has not come once the slot began; frees the car and the
	 * consultant for the rest of it.
	 * @throws io.forecourt.kernel.web.ProblemException not found outside the scope;
	 * conflict unless booked and begun
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public TestDriveBooking markNoShow(UUID id) {
		return this.noShows.mark(this.bookingAccess.lockVisible(id), this.clock.instant(), "marked by staff");
	}

	/**
	 * Records how the drive went and completes it; the linked lead is moved on by the
	 * lead center.
	 * @throws io.forecourt.kernel.web.ProblemException validation naming each bad field
	 * (nothing is written); not found outside the scope; conflict unless checked in
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public TestDriveBooking feedback(UUID id, Feedback feedback) {
		FieldErrors errors = new FieldErrors();
		if (feedback.rating() == null) {
			errors.reject("rating", "is required");
		}
		else if (feedback.rating() < 1 || feedback.rating() > 5) {
			errors.reject("rating", "must be 1 to 5");
		}
		InterestLevel interest = errors.attempt("interest", () -> interest(feedback.interest()));
		String comments = BookingInputs.text(errors, "comments", feedback.comments(), 2000);
		String grade = BookingInputs.blank(feedback.grade()) ? null : feedback.grade().strip().toUpperCase(Locale.ROOT);
		if (grade != null && !GRADES.contains(grade)) {
			errors.reject("grade", "must be one of H, A, B, C");
		}
		errors.throwIfAny();
		Instant now = this.clock.instant();
		TestDriveBooking booking = this.bookingAccess.lockVisible(id);
		TestDriveBooking done = booking.completed(feedback.rating(), interest, comments, grade, now);
		this.bookings.save(done);
		this.audit.recordChange(AuditAction.UPDATE, TestDriveBookings.BOOKING, id, "completed: rating "
				+ feedback.rating() + ", interest " + interest + (grade == null ? "" : ", suggested grade " + grade));
		this.events.publishEvent(new TestDriveCompleted(id, booking.leadId(), booking.customerId(), booking.dealerId(),
				booking.consultantId(), booking.modelCode(), booking.trimCode(),
				Objects.requireNonNull(booking.checkedInAt(), "a checked-in booking has its check-in"),
				feedback.rating(), interest.name(), grade, now));
		return done;
	}

	private static InterestLevel interest(@org.jspecify.annotations.Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return InterestLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of HIGH, MEDIUM, LOW, NONE");
		}
	}

}
