package io.forecourt.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * The parts a repair order held were fitted at its completion: they left the dealer's
 * stock (on hand and reserved both fell by these quantities).
 */
@Externalized("forecourt.events::service.parts.consumed")
public record PartsConsumed(UUID repairOrderId, UUID dealerId, List<PartQuantity> parts, Instant at) {
}
