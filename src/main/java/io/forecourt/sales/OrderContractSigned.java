package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/** The buyer signed the purchase contract: from now on the deposit is a true 定金. */
@Externalized("forecourt.events::sales.order.contract-signed")
public record OrderContractSigned(UUID orderId, UUID customerId, @Nullable UUID leadId, UUID dealerId,
		Instant signedAt) {
}
