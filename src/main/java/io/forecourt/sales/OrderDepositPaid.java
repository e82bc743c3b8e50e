package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/** The order's deposit (定金) arrived. */
@Externalized("forecourt.events::sales.order.deposit-paid")
public record OrderDepositPaid(UUID orderId, UUID customerId, @Nullable UUID leadId, UUID dealerId, UUID paymentId,
		BigDecimal amount, Instant paidAt) {
}
