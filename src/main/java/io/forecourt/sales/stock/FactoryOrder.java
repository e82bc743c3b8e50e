package io.forecourt.sales.stock;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A car asked of the factory for an order no stock matched. Fulfilled when the factory
 * ships a car for it (the car is the order's from then on), cancelled when the order is.
 *
 * @param stockVehicleId the shipped car, once fulfilled
 * @param closedAt when it was fulfilled or cancelled
 */
public record FactoryOrder(UUID id, UUID orderId, UUID dealerId, VehicleSpec spec, Status status,
		@Nullable UUID stockVehicleId, Instant raisedAt, @Nullable Instant closedAt, long version) {

	public enum Status {

		OPEN, FULFILLED, CANCELLED

	}

}
