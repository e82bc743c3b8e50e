package io.forecourt.service.appointments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.CustomerErased;
import io.forecourt.identity.PersonalDataSection;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The appointments' part of a person's data: their appointments in an export, and on
 * erasure the name, masked phone and notes removed (times, services and vehicles stay for
 * the workshop's history).
 */
@Component
class AppointmentPersonalData implements PersonalDataSection {

	private final Appointments appointments;

	AppointmentPersonalData(Appointments appointments) {
		this.appointments = appointments;
	}

	@Override
	public String name() {
		return "service-appointments";
	}

	@Override
	public Object export(Set<UUID> customerIds) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("appointments", customerIds.isEmpty() ? List.of() : this.appointments.rowsOfCustomers(customerIds));
		return section;
	}

	@ApplicationModuleListener
	void on(CustomerErased event) {
		if (!event.erasedIds().isEmpty()) {
			this.appointments.anonymise(event.erasedIds());
		}
	}

}
