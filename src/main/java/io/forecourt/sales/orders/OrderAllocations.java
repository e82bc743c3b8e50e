package io.forecourt.sales.orders;

import java.time.Instant;
import java.util.Objects;

import io.forecourt.sales.stock.Allocation;

/** Turns what stock answered into the order's next state. */
final class OrderAllocations {

	private OrderAllocations() {
	}

	static void apply(SalesOrder order, Allocation allocation, Instant at, String actor) {
		if (allocation.status() == Allocation.Status.ALLOCATED) {
			order.vinAllocated(Objects.requireNonNull(allocation.vin(), "an allocated car has a VIN").value(),
					Objects.requireNonNull(allocation.stockVehicleId(), "an allocated car is in stock"),
					allocation.inTransit(), at, actor);
		}
		else {
			order.factoryOrdered(Objects.requireNonNull(allocation.factoryOrderId(), "a factory order has an id"));
		}
	}

}
