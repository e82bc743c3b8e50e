package io.forecourt.sales.payments.simulated;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A checkout session of the simulated provider: what the payer sees behind the link.
 *
 * @param status OPEN until the payer decides, then PAID or DECLINED; CLOSED when we
 * closed it unpaid
 */
public record SimulatedCheckout(String token, String providerReference, UUID paymentId, BigDecimal amount,
		String description, Status status, Instant createdAt, @Nullable Instant decidedAt) {

	public enum Status {

		OPEN, PAID, DECLINED, CLOSED

	}

}
