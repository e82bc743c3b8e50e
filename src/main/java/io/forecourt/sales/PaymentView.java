package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment as the port reports it.
 *
 * @param refunded how much of it has been refunded so far
 * @param checkoutUrl where the payer completes the payment (the provider's page), while
 * it is pending
 */
public record PaymentView(UUID id, String purpose, UUID reference, BigDecimal amount, BigDecimal refunded,
		PaymentStatus status, String provider, @Nullable String checkoutUrl, Instant createdAt,
		@Nullable Instant paidAt) {
}
