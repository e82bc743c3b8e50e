package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A part that was {@linkplain PartStockLow low} at a dealer is back at or above its
 * reorder point (goods received, a reservation released, a stocktake or a lower reorder
 * point): its alert is cleared.
 */
@Externalized("forecourt.events::service.parts.stock-restored")
public record PartStockRestored(UUID dealerId, String partNumber, int available, int reorderPoint, Instant at) {
}
