package io.forecourt.sales.stock;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A car in transit arrived at its dealer; orderId is set when it was allocated. */
public record VehicleArrived(UUID stockVehicleId, String vin, UUID dealerId, @Nullable UUID orderId, Instant at) {
}
