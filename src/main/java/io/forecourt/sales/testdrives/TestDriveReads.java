package io.forecourt.sales.testdrives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bookings as staff and the brand app read them, within the caller's scope. */
@Service
public class TestDriveReads {

	private final Bookings bookings;

	private final BookingAccess bookingAccess;

	private final DealerAccess access;

	private final TestDrivePolicy policy;

	TestDriveReads(Bookings bookings, BookingAccess bookingAccess, DealerAccess access, TestDrivePolicy policy) {
		this.bookings = bookings;
		this.bookingAccess = bookingAccess;
		this.access = access;
		this.policy = policy;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException not found outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public TestDriveBooking booking(UUID id) {
		return this.bookingAccess.visible(id);
	}

	/** Bookings of the scope, by start; each filter optional. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public Page<TestDriveBooking> find(@Nullable UUID dealerId, @Nullable LocalDate date,
			@Nullable BookingStatus status, @Nullable UUID customerId, PageRequest page) {
		Instant from = date == null ? null : date.atStartOfDay(this.policy.zone()).toInstant();
		Instant to = date == null ? null : date.plusDays(1).atStartOfDay(this.policy.zone()).toInstant();
		Where where = Where.scoped(this.access.scope("b.dealer_id"))
			.and("b.dealer_id = :dealerId", "dealerId", dealerId)
			.and("b.starts_at >= :from", "from", Bookings.ts(from))
			.and("b.starts_at < :to", "to", Bookings.ts(to))
			.and("b.status = :status", "status", status == null ? null : status.name())
			.and("b.customer_id = :customerId", "customerId", customerId);
		return Page.of(this.bookings.find(where, page), page, this.bookings.count(where));
	}

	/**
	 * A dealer's day for the calendar: its cars (retired ones left out) and the day's
	 * bookings, cancelled ones left out.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public List<TestDriveBooking> day(UUID dealerId, LocalDate date) {
		this.access.visible(dealerId);
		return this.bookings.ofDealer(dealerId, date.atStartOfDay(this.policy.zone()).toInstant(),
				date.plusDays(1).atStartOfDay(this.policy.zone()).toInstant());
	}

}
