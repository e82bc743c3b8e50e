package io.forecourt.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A repair order's parts reservation changed: {@code parts} is everything it now holds at
 * its dealer (after the change), {@code changes} what this call added (positive) or gave
 * back (negative).
 */
@Externalized("forecourt.events::service.parts.reserved")
public record PartsReserved(UUID repairOrderId, UUID dealerId, List<PartQuantity> parts, List<PartQuantity> changes,
		Instant at) {
}
