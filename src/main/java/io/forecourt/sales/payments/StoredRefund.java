package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.sales.RefundView;
import org.jspecify.annotations.Nullable;

/** A refund row as the payment books keep it. */
record StoredRefund(UUID id, UUID paymentId, BigDecimal amount, String reason, RefundView.RefundStatus status,
		@Nullable String providerReference, String idempotencyKey, @Nullable String failureReason, Instant requestedAt,
		@Nullable Instant completedAt) {

	RefundView view() {
		return new RefundView(this.id, this.paymentId, this.amount, this.reason, this.status, this.requestedAt,
				this.completedAt);
	}

}
