package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A quote was given to a customer: at once, or when the manager approved its discount.
 *
 * @param amountDue what the customer pays on the road, less the trade-in, in yuan
 */
@Externalized("forecourt.events::sales.quote.issued")
public record QuoteIssued(UUID quoteId, String number, UUID dealerId, @Nullable UUID customerId, @Nullable UUID leadId,
		String configurationCode, String modelCode, BigDecimal amountDue, Instant validUntil, Instant issuedAt) {
}
