package io.forecourt.service.appointments;

import java.time.Instant;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.service.ServiceAppointmentNoShow;
import io.forecourt.service.workshop.WorkshopHolds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Marks a locked appointment a no-show, whoever decides it (the advisor or the job), in
 * the caller's transaction: frees the bay and the technician and publishes
 * {@link ServiceAppointmentNoShow}.
 */
@Component
class NoShows {

	private final Appointments appointments;

	private final WorkshopHolds holds;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	NoShows(Appointments appointments, WorkshopHolds holds, AuditLog audit, ApplicationEventPublisher events) {
		this.appointments = appointments;
		this.holds = holds;
		this.audit = audit;
		this.events = events;
	}

	Appointment mark(Appointment appointment, Instant now, String how) {
		Appointment missed = appointment.noShow(now);
		this.holds.release(AppointmentBooking.HOLDER, appointment.id());
		this.appointments.save(missed);
		this.audit.recordChange(AuditAction.UPDATE, AppointmentAccess.APPOINTMENT, appointment.id(),
				"no-show, " + how + "; bay and technician freed");
		this.events.publishEvent(new ServiceAppointmentNoShow(appointment.id(), appointment.customerId(),
				appointment.dealerId(), appointment.serviceTypeCode(), appointment.startsAt(), now));
		return missed;
	}

}
