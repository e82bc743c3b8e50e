package io.forecourt.sales.testdrives;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.CustomerErased;
import io.forecourt.identity.PersonalDataSection;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The test drives' part of a person's data: their bookings in an export, and on erasure
 * the name, masked phone, notes and comments removed (times, cars and ratings stay as
 * anonymous figures).
 */
@Component
class TestDrivePersonalData implements PersonalDataSection {

	private final Bookings bookings;

	TestDrivePersonalData(Bookings bookings) {
		this.bookings = bookings;
	}

	@Override
	public String name() {
		return "test-drives";
	}

	@Override
	public Object export(Set<UUID> customerIds) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("bookings",
				customerIds.isEmpty() ? java.util.List.of() : this.bookings.rowsOfCustomers(customerIds));
		return section;
	}

	@ApplicationModuleListener
	void on(CustomerErased event) {
		if (!event.erasedIds().isEmpty()) {
			this.bookings.anonymise(event.erasedIds());
		}
	}

}
