package io.forecourt.sales;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment to open.
 *
 * @param purpose what the money is for, e.g. {@code ORDER_DEPOSIT},
 * {@code PRESALE_DEPOSIT}: the owning module listens for payment events of its purpose
 * @param reference the owner's record, e.g. the order id
 * @param amount in yuan, positive, two decimals at most
 * @param idempotencyKey the caller's key (usually the request's {@code Idempotency-Key})
 */
public record NewPayment(String purpose, UUID reference, @Nullable UUID customerId, @Nullable UUID dealerId,
		BigDecimal amount, String description, String idempotencyKey) {
}
