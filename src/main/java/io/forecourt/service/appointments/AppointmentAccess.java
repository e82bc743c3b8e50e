package io.forecourt.service.appointments;

import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.service.workshop.ServiceDealers;

import org.springframework.stereotype.Component;

/**
 * Finds an appointment within the caller's scope: outside it, an appointment answers 404
 * and the attempt is audited.
 */
@Component
class AppointmentAccess {

	static final String APPOINTMENT = "service-appointment";

	private final Appointments appointments;

	private final ServiceDealers dealers;

	private final AuditLog audit;

	AppointmentAccess(Appointments appointments, ServiceDealers dealers, AuditLog audit) {
		this.appointments = appointments;
		this.dealers = dealers;
		this.audit = audit;
	}

	/** The appointment, locked until the transaction ends. */
	Appointment lockVisible(UUID id) {
		return this.appointments.lockVisible(id, this.dealers.scope("a.dealer_id"))
			.orElseThrow(() -> this.audit.notFound(APPOINTMENT, id, this.appointments.exists(id)));
	}

	Appointment visible(UUID id) {
		return this.appointments.findVisible(id, this.dealers.scope("a.dealer_id"))
			.orElseThrow(() -> this.audit.notFound(APPOINTMENT, id, this.appointments.exists(id)));
	}

}
