package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The provider confirmed a refund; published once per refund. */
@Externalized("forecourt.events::sales.payment.refunded")
public record PaymentRefunded(UUID refundId, UUID paymentId, String purpose, UUID reference, BigDecimal amount,
		Instant refundedAt) {
}
