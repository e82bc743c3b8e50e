package io.forecourt.sales.testdrives;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dealer's test-drive slots on one day, in the dealer's zone.
 *
 * @param open whether the dealer is open (and active) that day
 * @param modelCode the model the free cars were counted for; all models when null
 */
public record DaySlots(UUID dealerId, LocalDate date, String zone, int slotMinutes, boolean open,
		@Nullable String modelCode, @Nullable String trimCode, List<Slot> slots) {

	/**
	 * One slot: how many cars and consultants are free for all of it, and whether the
	 * caller can book it now.
	 */
	public record Slot(OffsetDateTime start, OffsetDateTime end, int freeCars, int freeConsultants, boolean bookable) {
	}

}
