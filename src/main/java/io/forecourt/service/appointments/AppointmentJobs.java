package io.forecourt.service.appointments;

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
import io.forecourt.service.ServiceAppointmentReminderDue;
import io.forecourt.service.workshop.ServicePolicy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The appointments' jobs ({@link VisitJobs}): reminders before the visit, published as
 * {@link ServiceAppointmentReminderDue} (the marketing module's channels send them), and
 * no-shows once the grace period after the appointment's start has passed with nobody
 * checked in.
 */
@Component
public class AppointmentJobs {

	private final VisitJobs jobs;

	AppointmentJobs(JdbcClient jdbc, Appointments appointments, NoShows noShows, ServicePolicy policy, AuditLog audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		VisitTable table = new VisitTable(jdbc, "service_appointments", "starts_at");
		this.jobs = new VisitJobs(new Visits(table, appointments, noShows, policy, audit, events), policy.reminders(),
				transactions, clock);
	}

	/**
	 * Records a reminder for every booked appointment starting within the lead time, and,
	 * after the evening hour, for the next day's appointments.
	 * @return how many reminders this run recorded
	 */
	public int sendReminders() {
		return this.jobs.sendReminders();
	}

	/**
	 * Marks every booked appointment that began more than the grace period ago and nobody
	 * checked in to a no-show.
	 * @return how many this run marked
	 */
	public int markNoShows() {
		return this.jobs.markNoShows();
	}

	/** Appointments as the jobs see them. */
	private record Visits(VisitTable table, Appointments appointments, NoShows noShows, ServicePolicy policy,
			AuditLog audit, ApplicationEventPublisher events) implements BookedVisits {

		@Override
		public String what() {
			return "appointment";
		}

		/** After the appointment's start. */
		@Override
		public Duration noShowGrace() {
			return this.policy.noShowGrace();
		}

		@Override
		public void reminded(UUID id, VisitReminder reminder, Instant now) {
			Appointment appointment = this.appointments.lock(id).orElseThrow();
			this.audit.recordChange(AuditAction.UPDATE, AppointmentAccess.APPOINTMENT, id,
					"reminder due (" + reminder + ")");
			this.events
				.publishEvent(new ServiceAppointmentReminderDue(id, appointment.customerId(), appointment.dealerId(),
						appointment.serviceTypeCode(), appointment.startsAt(), reminder.name(), now));
		}

		@Override
		public boolean markNoShow(UUID id, Instant now) {
			return this.appointments.lock(id)
				.filter(a -> a.status() == AppointmentStatus.BOOKED)
				.map(a -> this.noShows.mark(a, now, "nobody checked in within the grace period"))
				.isPresent();
		}

	}

}
