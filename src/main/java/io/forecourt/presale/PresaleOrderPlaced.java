package io.forecourt.presale;

import java.time.Instant;
import java.util.UUID;

/**
 * The sales center placed the order of a paid reservation (source {@code PRESALE}); the
 * deposit paid in the presale is the order's deposit.
 */
public record PresaleOrderPlaced(UUID reservationId, UUID campaignId, String campaignCode, UUID orderId,
		UUID customerId, Instant placedAt) {
}
