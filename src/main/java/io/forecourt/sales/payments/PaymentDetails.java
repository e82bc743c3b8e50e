package io.forecourt.sales.payments;

import java.util.List;
import java.util.UUID;

import io.forecourt.sales.PaymentView;
import io.forecourt.sales.RefundView;
import org.jspecify.annotations.Nullable;

/** A payment with what staff see besides the port's view: its owner, text and refunds. */
public record PaymentDetails(PaymentView payment, @Nullable UUID customerId, @Nullable UUID dealerId, String currency,
		String description, @Nullable String failureReason, List<RefundView> refunds) {
}
