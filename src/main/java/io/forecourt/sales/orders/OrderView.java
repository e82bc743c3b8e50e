package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.sales.PriceLine;
import org.jspecify.annotations.Nullable;

/**
 * An order as staff and the brand app see it.
 *
 * @param depositPaymentId the payment that paid the deposit, through which a cancellation
 * refunds
 * @param source who placed the order for its own record (e.g. {@code PRESALE}), null when
 * staff or the brand app placed it
 * @param sourceReference that record, e.g. the presale reservation
 * @param quoteId the quote it was placed from (its lines then end with the quote's
 * discount, and its total is the quote's invoice price)
 * @param progressPath the buyer's progress page, relative to the site
 * @param waitingForFactory whether the contract is signed and the factory is building the
 * car
 * @param version the ETag to send back in If-Match
 */
public record OrderView(UUID id, OrderStatus status, String configurationCode, String modelCode, String trimCode,
		String exteriorColourCode, String interiorColourCode, String nameZh, String nameEn, List<PriceLine> lines,
		BigDecimal total, BigDecimal depositAmount, @Nullable BigDecimal depositPaid, @Nullable UUID depositPaymentId,
		UUID customerId, @Nullable UUID leadId, UUID dealerId, @Nullable UUID consultantId, @Nullable String vin,
		boolean waitingForFactory, @Nullable CancelReason cancelReason, @Nullable BigDecimal refunded,
		@Nullable BigDecimal forfeited, @Nullable String source, @Nullable UUID sourceReference, @Nullable UUID quoteId,
		String progressPath, Instant placedAt, String createdBy, List<SalesOrder.Step> steps, long version) {

	static OrderView of(SalesOrder order, List<SalesOrder.Step> steps) {
		SalesOrder.Snapshot car = order.car();
		return new OrderView(order.id(), order.status(), car.configurationCode(), car.modelCode(), car.trimCode(),
				car.exteriorColourCode(), car.interiorColourCode(), car.nameZh(), car.nameEn(), car.lines(),
				car.total(), order.depositAmount(), order.depositPaid(), order.depositPaymentId(), order.customerId(),
				order.leadId(), order.dealerId(), order.consultantId(), order.vin(),
				order.status() == OrderStatus.CONTRACT_SIGNED && order.factoryOrderId() != null, order.cancelReason(),
				order.refunded(), order.forfeited(), order.origin().source(), order.origin().sourceReference(),
				order.origin().quoteId(), progressPath(order.progressToken()), order.placedAt(), order.createdBy(),
				List.copyOf(steps), order.version());
	}

	static String progressPath(String token) {
		return "/order-progress/" + token;
	}

	/** An order in a listing or the pipeline. */
	public record Summary(UUID id, OrderStatus status, String nameZh, String nameEn, BigDecimal total, UUID customerId,
			@Nullable String buyerFirstName, UUID dealerId, @Nullable UUID consultantId, @Nullable String vin,
			Instant placedAt) {

		static Summary of(SalesOrder order) {
			return new Summary(order.id(), order.status(), order.car().nameZh(), order.car().nameEn(),
					order.car().total(), order.customerId(), order.buyerFirstName(), order.dealerId(),
					order.consultantId(), order.vin(), order.placedAt());
		}

	}

}
