package io.forecourt.sales.stock;

import java.time.Instant;
import java.util.UUID;

/**
 * A car with a VIN became an order's: at allocation from stock, or when a factory order
 * is fulfilled.
 */
public record VehicleAllocated(UUID orderId, String vin, UUID stockVehicleId, boolean inTransit, Instant at) {
}
