package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The order's car is at the dealer. */
@Externalized("forecourt.events::sales.order.arrived")
public record OrderArrived(UUID orderId, UUID customerId, UUID dealerId, String vin, Instant arrivedAt) {
}
