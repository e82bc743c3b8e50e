package io.forecourt.presale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A participant reserved a unit of a presale; it is theirs until {@code expiresAt} unless
 * they pay the deposit first. Published in the transaction that took the unit.
 */
public record PresaleReserved(UUID reservationId, UUID campaignId, String campaignCode,
		@Nullable String configurationCode, @Nullable String cityCode, @Nullable UUID dealerId, BigDecimal deposit,
		Instant reservedAt, Instant expiresAt) {
}
