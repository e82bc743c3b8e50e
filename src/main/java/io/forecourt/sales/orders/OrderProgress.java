package io.forecourt.sales.orders;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the buyer sees on the public progress page: the car, the dealer, each step with
 * its time, and nothing personal beyond the first name they gave.
 *
 * @param steps the path to delivery; a step not reached yet has no time
 * @param cancelledAt when the order was cancelled, if it was
 * @param cancelledLocalTime the same in the buyer's zone
 */
public record OrderProgress(@Nullable String buyerFirstName, String carZh, String carEn, String exteriorColourCode,
		String interiorColourCode, String dealerZh, String dealerEn, OrderStatus status, List<Step> steps,
		@Nullable Instant cancelledAt, @Nullable String cancelledLocalTime) {

	/**
	 * @param at when the order reached the step (UTC)
	 * @param localTime the same in the buyer's zone (Asia/Shanghai), e.g.
	 * {@code 2026-11-22 10:05}
	 */
	public record Step(OrderStatus status, @Nullable Instant at, @Nullable String localTime) {
	}

}
