package io.forecourt.service.appointments;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.ServiceAppointmentBooked;
import io.forecourt.service.ServiceAppointmentCancelled;
import io.forecourt.service.ServiceAppointmentCheckedIn;
import io.forecourt.service.ServiceAppointmentNoShow;
import io.forecourt.service.ServiceAppointmentReminderDue;
import io.forecourt.service.ServiceAppointmentRescheduled;
import io.forecourt.service.workshop.ServicePolicy;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts an owner's workshop appointments on their timeline, after the appointment's
 * transaction committed: booked, moved, cancelled, reminded, arrived or missed.
 */
@Component
class AppointmentTimeline {

	static final String MODULE = "service";

	static final String REF = "service-appointment";

	private final CustomerTimeline timeline;

	private final DealerNetwork network;

	private final ZoneId zone;

	AppointmentTimeline(CustomerTimeline timeline, DealerNetwork network, ServicePolicy policy) {
		this.timeline = timeline;
		this.network = network;
		this.zone = policy.zone();
	}

	@ApplicationModuleListener
	void on(ServiceAppointmentBooked event) {
		record(event.customerId(), event.bookedAt(), "SERVICE_APPOINTMENT_BOOKED",
				event.serviceTypeCode() + " booked for " + local(event.startsAt()) + " at " + dealer(event.dealerId())
						+ vehicle(event.plate(), event.vin()),
				event.appointmentId());
	}

	@ApplicationModuleListener
	void on(ServiceAppointmentRescheduled event) {
		record(event.customerId(), event.rescheduledAt(), "SERVICE_APPOINTMENT_RESCHEDULED", event.serviceTypeCode()
				+ " moved from " + local(event.previousStartsAt()) + " to " + local(event.startsAt()),
				event.appointmentId());
	}

	@ApplicationModuleListener
	void on(ServiceAppointmentCancelled event) {
		record(event.customerId(), event.cancelledAt(), "SERVICE_APPOINTMENT_CANCELLED",
				event.serviceTypeCode() + " of " + local(event.startsAt()) + " cancelled", event.appointmentId());
	}

	@ApplicationModuleListener
	void on(ServiceAppointmentReminderDue event) {
		record(event.customerId(), event.dueAt(), "SERVICE_APPOINTMENT_REMINDER_DUE",
				"Reminder due for " + event.serviceTypeCode() + " at " + local(event.startsAt()),
				event.appointmentId());
	}

	@ApplicationModuleListener
	void on(ServiceAppointmentCheckedIn event) {
		record(event.customerId(), event.checkedInAt(), "SERVICE_APPOINTMENT_CHECKED_IN",
				"Arrived at " + dealer(event.dealerId()) + " for " + event.serviceTypeCode()
						+ vehicle(event.plate(), event.vin())
						+ (event.mileageKm() == null ? "" : ", " + event.mileageKm() + " km"),
				event.appointmentId());
	}

	@ApplicationModuleListener
	void on(ServiceAppointmentNoShow event) {
		record(event.customerId(), event.markedAt(), "SERVICE_APPOINTMENT_NO_SHOW",
				"Did not come for " + event.serviceTypeCode() + " at " + local(event.startsAt()),
				event.appointmentId());
	}

	private void record(UUID customerId, Instant at, String type, String summary, UUID appointmentId) {
		this.timeline
			.record(new TimelineEntry(customerId, at, MODULE, type, summary, REF, appointmentId.toString(), null));
	}

	private String local(Instant instant) {
		return instant.atZone(this.zone).toLocalDateTime().toString().replace('T', ' ');
	}

	private String dealer(UUID dealerId) {
		return this.network.dealer(dealerId).map(DealerSummary::code).orElse(dealerId.toString());
	}

	private static String vehicle(@org.jspecify.annotations.Nullable String plate,
			@org.jspecify.annotations.Nullable String vin) {
		return plate != null ? " (" + plate + ")" : vin != null ? " (" + vin + ")" : "";
	}

}
