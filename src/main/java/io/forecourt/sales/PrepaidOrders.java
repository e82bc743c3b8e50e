package io.forecourt.sales;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Orders whose deposit was paid before the order existed, such as a presale
 * reservation's: the order starts at DEPOSIT_PAID with that payment as its deposit, so
 * cancelling it refunds through the same payment.
 */
public interface PrepaidOrders {

	/**
	 * Places the order, or returns the one already placed for this source and reference
	 * (a repeated call never places a second order).
	 * @throws io.forecourt.kernel.web.ProblemException validation when the configuration,
	 * dealer or phone is unusable; nothing is written then
	 */
	PlacedOrder place(PrepaidOrder order);

	/**
	 * An order to place.
	 *
	 * @param source who places it, e.g. {@code PRESALE}
	 * @param sourceReference the source's record, e.g. the reservation id; unique per
	 * source
	 * @param paymentId the succeeded payment (through {@link Payments}) that is the
	 * deposit
	 */
	record PrepaidOrder(String source, UUID sourceReference, String configurationCode, String phone,
			@Nullable String buyerFirstName, UUID dealerId, UUID paymentId, BigDecimal depositAmount) {
	}

	/**
	 * The order placed.
	 *
	 * @param progressPath the buyer's progress page, relative to the site
	 */
	record PlacedOrder(UUID orderId, UUID customerId, String progressPath) {
	}

}
