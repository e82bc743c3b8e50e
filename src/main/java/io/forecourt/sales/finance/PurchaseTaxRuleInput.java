package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A purchase tax rule as HQ writes it; {@link CostTableAdministration} checks every
 * field.
 *
 * @param validTo the last day, or null for no announced end
 * @param nevRelief NONE, EXEMPT or HALF
 * @param nevReliefCap most tax spared per vehicle in yuan, null for uncapped; must be
 * null when the relief is NONE
 */
public record PurchaseTaxRuleInput(@Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable BigDecimal taxRatePercent, @Nullable BigDecimal vatRatePercent, @Nullable String nevRelief,
		@Nullable BigDecimal nevReliefCap, @Nullable String legalBasis) {
}
