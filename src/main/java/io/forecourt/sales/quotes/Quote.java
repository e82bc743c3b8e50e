package io.forecourt.sales.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A quote as it was issued: the configuration's snapshot price, the discount, and every
 * cost the customer pays on top, in yuan.
 *
 * @param number the quote's reference, e.g. {@code Q261122-7KQ3}
 * @param msrp the configuration's MSRP total
 * @param invoicePrice what the car is invoiced at: MSRP less discount
 * @param purchaseTaxNote how the purchase tax was worked out (rate, new-energy relief)
 * @param onTheRoadPrice 落地价: invoice price, purchase tax, registration and insurance
 * @param amountDue what the customer pays: the on-the-road price less the trade-in
 * @param finance the finance offer, or null for a cash purchase
 * @param orderId the order placed from it, once {@link QuoteStatus#ORDERED}
 */
public record Quote(UUID id, String number, UUID dealerId, @Nullable UUID consultantId, String createdBy,
		@Nullable UUID customerId, @Nullable UUID leadId, String configurationCode, String modelCode, String trimCode,
		String vehicleNameZh, String vehicleNameEn, String powertrain, BigDecimal msrp, BigDecimal discount,
		@Nullable String discountReason, BigDecimal invoicePrice, BigDecimal purchaseTax, String purchaseTaxNote,
		String registrationCity, BigDecimal registrationFee, int seats, BigDecimal insurance,
		BigDecimal tradeInAllowance, @Nullable String tradeInDescription, BigDecimal onTheRoadPrice,
		BigDecimal amountDue, @Nullable FinancePlan finance, QuoteStatus status, @Nullable String decidedBy,
		@Nullable Instant decidedAt, @Nullable String decisionNote, Instant validUntil, Instant createdAt,
		@Nullable UUID orderId, long version) {

	/** Whether the quote can no longer be accepted at this time. */
	public boolean expiredAt(Instant now) {
		return !now.isBefore(this.validUntil);
	}

}
