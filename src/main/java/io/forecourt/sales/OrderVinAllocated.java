package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A car with a VIN became the order's.
 *
 * @param inTransit whether the car is still on its way to the dealer
 */
@Externalized("forecourt.events::sales.order.vin-allocated")
public record OrderVinAllocated(UUID orderId, UUID customerId, UUID dealerId, String vin, boolean inTransit,
		Instant allocatedAt) {
}
