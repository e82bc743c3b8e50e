package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The provider confirmed a payment (a verified callback); published once per payment. */
@Externalized("forecourt.events::sales.payment.succeeded")
public record PaymentSucceeded(UUID paymentId, String purpose, UUID reference, BigDecimal amount, Instant paidAt) {
}
