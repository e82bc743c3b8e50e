package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.util.UUID;

import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;

/**
 * The purchase tax of one car and how it was reached, in yuan to the fen.
 *
 * @param taxablePrice the invoice price without VAT: invoice / (1 + VAT rate)
 * @param fullTax the tax before any relief: taxable price × tax rate
 * @param relief what a new-energy vehicle is spared (0 otherwise)
 * @param reliefApplied the relief of the rule, NONE when the car is not new energy
 * @param capApplied whether the cap, not the relief itself, set the amount spared
 * @param tax what is paid: full tax − relief
 * @param ruleId the rule in force on the purchase date
 * @param explanation the same in one English sentence, for quotes and logs
 */
public record PurchaseTax(BigDecimal invoicePrice, Powertrain powertrain, BigDecimal taxablePrice,
		BigDecimal taxRatePercent, BigDecimal fullTax, NevRelief reliefApplied, @Nullable BigDecimal reliefCap,
		boolean capApplied, BigDecimal relief, BigDecimal tax, UUID ruleId, String legalBasis, String explanation) {
}
