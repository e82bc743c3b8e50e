package io.forecourt.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A repair order gave back parts it held: they are available at its dealer again. */
@Externalized("forecourt.events::service.parts.released")
public record PartsReleased(UUID repairOrderId, UUID dealerId, List<PartQuantity> parts, Instant at) {
}
