package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The order's car passed its pre-delivery inspection (PDI). */
@Externalized("forecourt.events::sales.order.inspected")
public record OrderInspected(UUID orderId, UUID customerId, UUID dealerId, String vin, Instant inspectedAt) {
}
