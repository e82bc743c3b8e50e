package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A payment was declined, abandoned or expired; published once per payment. */
@Externalized("forecourt.events::sales.payment.failed")
public record PaymentFailed(UUID paymentId, String purpose, UUID reference, String reason, Instant failedAt) {
}
