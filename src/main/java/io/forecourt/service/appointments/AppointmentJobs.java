package io.forecourt.service.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.service.ServiceAppointmentReminderDue;
import io.forecourt.service.workshop.ServicePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The appointments' jobs, on the injected clock: reminders before the visit (published as
 * {@link ServiceAppointmentReminderDue}; the marketing module's channels send them) and
 * no-shows. Each appointment is handled in a transaction of its own and stamped, so two
 * instances (or a job and a person) never handle it twice; what fails is tried again on
 * the next run.
 */
@Component
public class AppointmentJobs {

	static final String LEAD_TIME = "LEAD_TIME";

	static final String DAY_BEFORE = "DAY_BEFORE";

	private static final Logger log = LoggerFactory.getLogger(AppointmentJobs.class);

	private static final int BATCH = 200;

	private final Appointments appointments;

	private final NoShows noShows;

	private final ServicePolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AppointmentJobs(Appointments appointments, NoShows noShows, ServicePolicy policy, AuditLog audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.appointments = appointments;
		this.noShows = noShows;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records a reminder for every booked appointment starting within the lead time, and,
	 * after the evening hour, for the next day's appointments.
	 * @return how many reminders this run recorded
	 */
	public int sendReminders() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int sent = 0;
			Instant leadTime = now.plus(this.policy.reminderLeadTime());
			for (UUID id : this.appointments.dueForReminder(now, leadTime, BATCH)) {
				sent += remind(id, false, now, leadTime) ? 1 : 0;
			}
			if (this.policy.dayBeforeReminder()) {
				LocalDate today = now.atZone(this.policy.zone()).toLocalDate();
				if (!now.isBefore(today.atTime(this.policy.dayBeforeAt()).atZone(this.policy.zone()).toInstant())) {
					// tomorrow's appointments; those within the lead time got theirs
					// above
					Instant until = today.plusDays(2).atStartOfDay(this.policy.zone()).toInstant();
					for (UUID id : this.appointments.dueForDayBeforeReminder(leadTime, until, BATCH)) {
						sent += remind(id, true, now, until) ? 1 : 0;
					}
				}
			}
			return sent;
		});
	}

	/**
	 * Marks every booked appointment that began more than the grace period ago and nobody
	 * checked in to a no-show.
	 * @return how many this run marked
	 */
	public int markNoShows() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int marked = 0;
			for (UUID id : this.appointments.dueForNoShow(now.minus(this.policy.noShowGrace()), BATCH)) {
				try {
					Boolean done = this.transaction.execute(status -> this.appointments.lock(id)
						.filter(a -> a.status() == AppointmentStatus.BOOKED)
						.map(a -> this.noShows.mark(a, now, "nobody checked in within the grace period"))
						.isPresent());
					marked += Boolean.TRUE.equals(done) ? 1 : 0;
				}
				catch (RuntimeException ex) {
					log.warn("No-show of appointment {} failed; it is tried again next run", id, ex);
				}
			}
			return marked;
		});
	}

	private boolean remind(UUID id, boolean dayBefore, Instant now, Instant until) {
		try {
			Boolean done = this.transaction.execute(status -> {
				if (!this.appointments.markReminded(id, dayBefore, now, until)) {
					return false;
				}
				Appointment appointment = this.appointments.lock(id).orElseThrow();
				String kind = dayBefore ? DAY_BEFORE : LEAD_TIME;
				this.audit.recordChange(AuditAction.UPDATE, AppointmentAccess.APPOINTMENT, id,
						"reminder due (" + kind + ")");
				this.events.publishEvent(new ServiceAppointmentReminderDue(id, appointment.customerId(),
						appointment.dealerId(), appointment.serviceTypeCode(), appointment.startsAt(), kind, now));
				return true;
			});
			return Boolean.TRUE.equals(done);
		}
		catch (RuntimeException ex) {
			log.warn("Reminder of appointment {} failed; it is tried again next run", id, ex);
			return false;
		}
	}

}
