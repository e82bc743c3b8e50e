package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A customer ordered a car from a priced configuration.
 *
 * @param leadId the lead the order closes, if it came from one
 * @param consultantId the staff member who took the order, null when the brand app placed
 * it
 * @param total the configuration's price the buyer was shown, in yuan
 */
@Externalized("forecourt.events::sales.order.placed")
public record OrderPlaced(UUID orderId, UUID customerId, @Nullable UUID leadId, UUID dealerId,
		@Nullable UUID consultantId, String modelCode, String trimCode, BigDecimal total, Instant placedAt) {
}
