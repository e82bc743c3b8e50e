package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/** The car was handed over to the buyer (交车): the sale is won. */
@Externalized("forecourt.events::sales.order.delivered")
public record OrderDelivered(UUID orderId, UUID customerId, @Nullable UUID leadId, UUID dealerId, String vin,
		Instant deliveredAt) {
}
