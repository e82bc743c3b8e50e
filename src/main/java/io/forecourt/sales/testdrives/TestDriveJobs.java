package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.sales.TestDriveReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock's part in test drives: reminders before a drive (a few hours before, and
 * optionally the evening before) and no-shows after it. Each booking is handled in a
 * short transaction of its own whose update only matches the booking as it was, so two
 * instances (or a job and a person) never handle it twice; what fails is tried again on
 * the next run.
 */
@Component
public class TestDriveJobs {

	static final String LEAD_TIME = "LEAD_TIME";

	static final String DAY_BEFORE = "DAY_BEFORE";

	private static final Logger log = LoggerFactory.getLogger(TestDriveJobs.class);

	private static final int BATCH = 200;

	private final Bookings bookings;

	private final NoShowMarker noShows;

	private final TestDrivePolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	TestDriveJobs(Bookings bookings, NoShowMarker noShows, TestDrivePolicy policy, AuditLog audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.bookings = bookings;
		this.noShows = noShows;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records a reminder for every booked drive starting within the lead time, and, after
	 * the evening hour, for the next day's drives.
	 * @return how many reminders this run recorded
	 */
	public int sendReminders() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int sent = 0;
			Instant leadTime = now.plus(this.policy.reminderLeadTime());
			for (UUID id : this.bookings.dueForReminder(now, leadTime, BATCH)) {
				sent += remind(id, false, now, leadTime) ? 1 : 0;
			}
			if (this.policy.dayBeforeReminder()) {
				LocalDate today = now.atZone(this.policy.zone()).toLocalDate();
				if (!now.isBefore(today.atTime(this.policy.dayBeforeAt()).atZone(this.policy.zone()).toInstant())) {
					// tomorrow's drives; those within the lead time got theirs above
					Instant until = today.plusDays(2).atStartOfDay(this.policy.zone()).toInstant();
					for (UUID id : this.bookings.dueForDayBeforeReminder(leadTime, until, BATCH)) {
						sent += remind(id, true, now, until) ? 1 : 0;
					}
				}
			}
			return sent;
		});
	}

	/**
	 * Marks every booked drive that ended more than the grace period ago a no-show.
	 * @return how many this run marked
	 */
	public int markNoShows() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int marked = 0;
			for (UUID id : this.bookings.dueForNoShow(now.minus(this.policy.noShowGrace()), BATCH)) {
				try {
					Boolean done = this.transaction.execute(status -> this.bookings.lock(id)
						.filter(b -> b.status() == BookingStatus.BOOKED)
						.map(b -> this.noShows.mark(b, now, "nobody checked in by the end of the grace period"))
						.isPresent());
					marked += Boolean.TRUE.equals(done) ? 1 : 0;
				}
				catch (RuntimeException ex) {
					log.warn("No-show of test drive {} failed; it is tried again next run", id, ex);
				}
			}
			return marked;
		});
	}

	private boolean remind(UUID id, boolean dayBefore, Instant now, Instant until) {
		try {
			Boolean done = this.transaction.execute(status -> {
				if (!this.bookings.markReminded(id, dayBefore, now, until)) {
					return false;
				}
				TestDriveBooking booking = this.bookings.lock(id).orElseThrow();
				String kind = dayBefore ? DAY_BEFORE : LEAD_TIME;
				this.audit.recordChange(AuditAction.UPDATE, TestDriveBookings.BOOKING, id,
						"reminder due (" + kind + ")");
				this.events.publishEvent(new TestDriveReminderDue(id, booking.customerId(), booking.dealerId(),
						booking.consultantId(), booking.modelCode(), booking.startsAt(), kind, now));
				return true;
			});
			return Boolean.TRUE.equals(done);
		}
		catch (RuntimeException ex) {
			log.warn("Reminder of test drive {} failed; it is tried again next run", id, ex);
			return false;
		}
	}

}
