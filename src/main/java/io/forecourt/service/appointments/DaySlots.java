package io.forecourt.service.appointments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A dealer's offered starts for a service on one day, in the dealer's zone.
 *
 * @param open whether the dealer is open (and active) that day
 * @param durationMinutes the service type's standard duration: each slot's length
 */
public record DaySlots(UUID dealerId, LocalDate date, String zone, String serviceType, int durationMinutes,
		boolean open, List<Slot> slots) {

	/**
	 * One offered start: how many bays of the service's kind and technicians with its
	 * skill are free for all of it, and whether the caller can book it now.
	 */
	public record Slot(OffsetDateTime start, OffsetDateTime end, int freeBays, int freeTechnicians, boolean bookable) {
	}

}
