package io.forecourt.service.appointments;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.service.ServiceAppointmentCheckedIn;
import io.forecourt.service.workshop.ServicePolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day of the visit at the service desk: the owner arrives and is checked in (a repair
 * order follows), or never comes. Each step locks the appointment, so the no-show job and
 * a late check-in cannot both win.
 */
@Service
public class AppointmentVisits {

	private final AppointmentAccess access;

	private final Appointments appointments;

	private final NoShows noShows;

	private final ServicePolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppointmentVisits(AppointmentAccess access, Appointments appointments, NoShows noShows, ServicePolicy policy,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.appointments = appointments;
		this.noShows = noShows;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param mileageKm the odometer reading at reception, if taken
	 * @throws io.forecourt.kernel.web.ProblemException validation for a bad reading; not
	 * found outside the scope; conflict unless booked, earlier than two hours before the
	 * start, or once it counts as a no-show
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Appointment checkIn(UUID id, @Nullable Integer mileageKm) {
		FieldErrors errors = new FieldErrors();
		Integer mileage = AppointmentInputs.mileage(errors, mileageKm);
		errors.throwIfAny();
		Instant now = this.clock.instant();
		Appointment appointment = this.access.lockVisible(id);
		Appointment arrived = appointment.checkedIn(mileage, now, this.policy.noShowGrace());
		this.appointments.save(arrived);
		this.audit.recordChange(AuditAction.UPDATE, AppointmentAccess.APPOINTMENT, id,
				"owner checked in" + (mileage == null ? "" : " at " + mileage + " km"));
		this.events.publishEvent(new ServiceAppointmentCheckedIn(id, arrived.customerId(), arrived.dealerId(),
				arrived.serviceTypeCode(), arrived.bayId(), arrived.technicianId(), arrived.vin(), arrived.plate(),
				arrived.mileageKm(), arrived.startsAt(), arrived.endsAt(), now));
		return arrived;
	}

	/**
	 * The advisor records an owner who has not come once the appointment began; frees the
	 * bay and the technician for the rest of it.
	 * @throws io.forecourt.kernel.web.ProblemException not found outside the scope;
	 * conflict unless booked and begun
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Appointment markNoShow(UUID id) {
		return this.noShows.mark(this.access.lockVisible(id), this.clock.instant(), "recorded by the service desk");
	}

}
