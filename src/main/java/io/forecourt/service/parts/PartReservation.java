package io.forecourt.service.parts;

import java.time.Instant;
import java.util.UUID;

/**
 * What a repair order holds of one part at its dealer.
 *
 * @param quantity how many it holds (RESERVED), gave back last (RELEASED) or had fitted
 * (CONSUMED)
 */
public record PartReservation(UUID repairOrderId, UUID dealerId, String partNumber, int quantity,
		ReservationStatus status, Instant reservedAt, Instant changedAt) {
}
