package io.forecourt.sales.testdrives;

import java.time.Instant;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.sales.TestDriveNoShow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Marks a locked booking a no-show, whoever decides it (staff or the job), in the
 * caller's transaction: frees the car and the consultant and publishes
 * {@link TestDriveNoShow}.
 */
@Component
class NoShowMarker {

	private final Bookings bookings;

	private final Holds holds;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	NoShowMarker(Bookings bookings, Holds holds, AuditLog audit, ApplicationEventPublisher events) {
		this.bookings = bookings;
		this.holds = holds;
		this.audit = audit;
		this.events = events;
	}

	TestDriveBooking mark(TestDriveBooking booking, Instant now, String how) {
		TestDriveBooking missed = booking.noShow(now);
		this.holds.release(booking.id());
		this.bookings.save(missed);
		this.audit.recordChange(AuditAction.UPDATE, TestDriveBookings.BOOKING, booking.id(), "no-show, " + how);
		this.events.publishEvent(new TestDriveNoShow(booking.id(), booking.customerId(), booking.dealerId(),
				booking.consultantId(), booking.leadId(), booking.modelCode(), booking.startsAt(), now));
		return missed;
	}

}
