package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One period's 车辆购置税 rule: {@code taxRatePercent} of the invoice price without VAT, and
 * what new-energy vehicles bought in the period are spared.
 *
 * @param vatRatePercent the VAT the invoice price includes (13)
 * @param nevReliefCap the most tax spared per vehicle, null when uncapped
 * @param legalBasis the announcement the rule follows, shown with every calculation
 */
public record PurchaseTaxRule(UUID id, ValidityPeriod validity, BigDecimal taxRatePercent, BigDecimal vatRatePercent,
		NevRelief nevRelief, @Nullable BigDecimal nevReliefCap, String legalBasis, long version, Instant updatedAt) {
}
