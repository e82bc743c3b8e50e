package io.forecourt.sales.testdrives;

import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Finds a booking within the caller's scope: outside it, a booking answers 404 and the
 * attempt is audited.
 */
@Component
class BookingAccess {

	private final Bookings bookings;

	private final DealerAccess access;

	private final AuditLog audit;

	BookingAccess(Bookings bookings, DealerAccess access, AuditLog audit) {
		this.bookings = bookings;
		this.access = access;
		this.audit = audit;
	}

	/** The booking, locked until the transaction ends. */
	TestDriveBooking lockVisible(UUID id) {
		return this.bookings.lockVisible(id, this.access.scope("b.dealer_id"))
			.orElseThrow(() -> this.audit.notFound(TestDriveBookings.BOOKING, id, this.bookings.exists(id)));
	}

	TestDriveBooking visible(UUID id) {
		return this.bookings.findVisible(id, this.access.scope("b.dealer_id"))
			.orElseThrow(() -> this.audit.notFound(TestDriveBookings.BOOKING, id, this.bookings.exists(id)));
	}

}
