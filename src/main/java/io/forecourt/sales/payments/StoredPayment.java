package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentView;
import org.jspecify.annotations.Nullable;

/** A payment row as the payment books keep it. */
record StoredPayment(UUID id, String purpose, UUID reference, @Nullable UUID customerId, @Nullable UUID dealerId,
		BigDecimal amount, BigDecimal refunded, String currency, String description, PaymentStatus status,
		String provider, @Nullable String providerReference, @Nullable String checkoutUrl, String idempotencyKey,
		@Nullable String failureReason, Instant createdAt, @Nullable Instant paidAt, @Nullable Instant failedAt) {

	PaymentView view() {
		return new PaymentView(this.id, this.purpose, this.reference, this.amount, this.refunded, this.status,
				this.provider, this.status == PaymentStatus.PENDING ? this.checkoutUrl : null, this.createdAt,
				this.paidAt);
	}

}
