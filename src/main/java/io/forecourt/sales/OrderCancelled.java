package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * An order was cancelled before delivery.
 *
 * @param cancelledIn the state it was cancelled in, e.g. {@code CONTRACT_SIGNED}
 * @param reason e.g. {@code BUYER_WITHDREW}, {@code DEALER_CANNOT_SUPPLY}
 * @param refunded the deposit refunded to the buyer, in yuan
 * @param forfeited the deposit the dealer keeps, in yuan
 */
@Externalized("forecourt.events::sales.order.cancelled")
public record OrderCancelled(UUID orderId, UUID customerId, @Nullable UUID leadId, UUID dealerId, String cancelledIn,
		String reason, BigDecimal refunded, BigDecimal forfeited, Instant cancelledAt) {
}
