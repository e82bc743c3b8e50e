package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A dealer's available stock of a part (on hand, less what repair orders hold) fell below
 * its reorder point: time to order {@code reorderQuantity} more. Published once per
 * crossing: not again until {@link PartStockRestored} says it is back at or above it.
 */
@Externalized("forecourt.events::service.parts.stock-low")
public record PartStockLow(UUID dealerId, String partNumber, int available, int reorderPoint, int reorderQuantity,
		Instant at) {
}
