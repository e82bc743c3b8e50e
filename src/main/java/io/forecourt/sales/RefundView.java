package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A refund asked of the provider; its outcome arrives as {@link PaymentRefunded}. */
public record RefundView(UUID id, UUID paymentId, BigDecimal amount, String reason, RefundStatus status,
		Instant requestedAt, @Nullable Instant completedAt) {

	public enum RefundStatus {

		PENDING, SUCCEEDED, FAILED

	}

}
