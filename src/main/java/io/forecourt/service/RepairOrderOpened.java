package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A repair order was opened at the service desk, from a checked-in appointment or for a
 * walk-in (then {@code appointmentId} is null).
 */
@Externalized("forecourt.events::service.repair-order.opened")
public record RepairOrderOpened(UUID repairOrderId, UUID dealerId, UUID customerId, @Nullable UUID appointmentId,
		@Nullable String vin, @Nullable String plate, @Nullable Integer mileageKm, Instant openedAt) {
}
