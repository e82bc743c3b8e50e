package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.time.BookedVisits;
import io.forecourt.kernel.time.VisitJobs;
import io.forecourt.kernel.time.VisitReminder;
import io.forecourt.kernel.time.VisitTable;
import io.forecourt.sales.TestDriveReminderDue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The clock's part in test drives ({@link VisitJobs}): reminders before a drive (a few
 * hours before, and optionally the evening before), published as
 * {@link TestDriveReminderDue}, and no-shows once the grace period after the drive's end
 * has passed.
 */
@Component
public class TestDriveJobs {

	private final VisitJobs jobs;

	TestDriveJobs(JdbcClient jdbc, Bookings bookings, NoShowMarker noShows, TestDrivePolicy policy, AuditLog audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		VisitTable table = new VisitTable(jdbc, "test_drive_bookings", "ends_at");
		this.jobs = new VisitJobs(new Drives(table, bookings, noShows, policy, audit, events), policy.reminders(),
				transactions, clock);
	}

	/**
	 * Records a reminder for every booked drive starting within the lead time, and, after
	 * the evening hour, for the next day's drives.
	 * @return how many reminders this run recorded
	 */
	public int sendReminders() {
		return this.jobs.sendReminders();
	}

	/**
	 * Marks every booked drive that ended more than the grace period ago a no-show.
	 * @return how many this run marked
	 */
	public int markNoShows() {
		return this.jobs.markNoShows();
	}

	/** Test drives as the jobs see them. */
	private record Drives(VisitTable table, Bookings bookings, NoShowMarker noShows, TestDrivePolicy policy,
			AuditLog audit, ApplicationEventPublisher events) implements BookedVisits {

		@Override
		public String what() {
			return "test drive";
		}

		/** After the drive's end. */
		@Override
		public Duration noShowGrace() {
			return this.policy.noShowGrace();
		}

		@Override
		public void reminded(UUID id, VisitReminder reminder, Instant now) {
			TestDriveBooking booking = this.bookings.lock(id).orElseThrow();
			this.audit.recordChange(AuditAction.UPDATE, TestDriveBookings.BOOKING, id,
					"reminder due (" + reminder + ")");
			this.events.publishEvent(new TestDriveReminderDue(id, booking.customerId(), booking.dealerId(),
					booking.consultantId(), booking.modelCode(), booking.startsAt(), reminder.name(), now));
		}

		@Override
		public boolean markNoShow(UUID id, Instant now) {
			return this.bookings.lock(id)
				.filter(b -> b.status() == BookingStatus.BOOKED)
				.map(b -> this.noShows.mark(b, now, "nobody checked in by the end of the grace period"))
				.isPresent();
		}

	}

}
