package io.forecourt.sales.stock;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.vehicle.Vin;

import org.jspecify.annotations.Nullable;

/**
 * An order's car: a VIN from stock, or a factory order waiting for one.
 *
 * @param vin null while the factory order is open
 * @param inTransit whether the allocated car is still on its way to the dealer
 */
public record Allocation(UUID orderId, Status status, @Nullable Vin vin, @Nullable UUID stockVehicleId,
		@Nullable UUID factoryOrderId, boolean inTransit, Instant at) {

	public enum Status {

		/** A car with a VIN is the order's. */
		ALLOCATED,

		/** No car matched; the factory will build one. */
		FACTORY_ORDERED

	}

}
