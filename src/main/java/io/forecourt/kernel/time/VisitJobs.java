package io.forecourt.kernel.time;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import io.forecourt.kernel.tenancy.CurrentAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock's part in booked visits, on the injected clock and as the system: reminders
 * before a visit (a few hours before, and optionally the evening before) and no-shows
 * after it. Each visit is handled in a short transaction of its own whose update only
 * matches the visit as it was, so two instances (or a job and a person) never handle it
 * twice; what fails is logged and tried again on the next run.
 */
public final class VisitJobs {

	private static final Logger log = LoggerFactory.getLogger(VisitJobs.class);

	/** At most this many visits of each kind per run: the rest wait for the next. */
	private static final int BATCH = 200;

	private final BookedVisits visits;

	private final ReminderTiming timing;

	private final TransactionTemplate transaction;

	private final Clock clock;

	public VisitJobs(BookedVisits visits, ReminderTiming timing, PlatformTransactionManager transactions, Clock clock) {
		this.visits = visits;
		this.timing = timing;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records a reminder for every booked visit starting within the lead time, and, after
	 * the evening hour, for the next day's visits.
	 * @return how many reminders this run recorded
	 */
	public int sendReminders() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			Instant leadTime = this.timing.leadTimeUntil(now);
			int sent = 0;
			for (UUID id : this.visits.table().dueForReminder(now, leadTime, BATCH)) {
				sent += remind(id, VisitReminder.LEAD_TIME, now, leadTime) ? 1 : 0;
			}
			// tomorrow's visits; those within the lead time got theirs above
			Instant until = this.timing.dayBeforeUntil(now).orElse(null);
			if (until != null) {
				for (UUID id : this.visits.table().dueForDayBeforeReminder(leadTime, until, BATCH)) {
					sent += remind(id, VisitReminder.DAY_BEFORE, now, until) ? 1 : 0;
				}
			}
			return sent;
		});
	}

	/**
	 * Marks every booked visit whose grace period has passed with nobody checked in a
	 * no-show.
	 * @return how many this run marked
	 */
	public int markNoShows() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int marked = 0;
			for (UUID id : this.visits.table().dueForNoShow(now.minus(this.visits.noShowGrace()), BATCH)) {
				marked += handled("No-show", id, () -> this.visits.markNoShow(id, now)) ? 1 : 0;
			}
			return marked;
		});
	}

	private boolean remind(UUID id, VisitReminder reminder, Instant now, Instant until) {
		return handled("Reminder", id, () -> {
			if (!this.visits.table().markReminded(id, reminder, now, until)) {
				return false;
			}
			this.visits.reminded(id, reminder, now);
			return true;
		});
	}

	/**
	 * One visit in a transaction of its own; a failure is logged and left for next run.
	 */
	private boolean handled(String action, UUID id, Supplier<Boolean> work) {
		try {
			return Boolean.TRUE.equals(this.transaction.execute(status -> work.get()));
		}
		catch (RuntimeException ex) {
			log.warn("{} of {} {} failed; it is tried again next run", action, this.visits.what(), id, ex);
			return false;
		}
	}

}
