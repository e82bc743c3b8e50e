package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order to place.
 *
 * @param configurationCode the priced configuration's shareable code; or give
 * {@code quoteId}
 * @param quoteId an issued, valid quote of the dealer: the order takes its configuration
 * and discount (its total is the quote's invoice price), and its customer and lead when
 * none are given; the quote becomes ORDERED
 * @param customerId the customer, or null when {@code phone} identifies them
 * @param phone the buyer's mobile, resolved to a customer (created when new) through One
 * ID; ignored when {@code customerId} is given
 * @param buyerFirstName how the progress page greets the buyer (nothing else personal is
 * shown there)
 * @param leadId the lead the order closes, if any
 * @param dealerId the selling dealer; defaults to the caller's dealer
 * @param consultantId the consultant who sold it; defaults to the caller when staff
 * @param depositAmount the deposit (定金); defaults to the configured amount
 */
public record NewOrder(@Nullable String configurationCode, @Nullable UUID quoteId, @Nullable UUID customerId,
		@Nullable String phone, @Nullable String buyerFirstName, @Nullable UUID leadId, @Nullable UUID dealerId,
		@Nullable UUID consultantId, @Nullable BigDecimal depositAmount) {
}
