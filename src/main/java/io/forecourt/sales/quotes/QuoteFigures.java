package io.forecourt.sales.quotes;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** What a quote's money adds up to; see {@link Quote} for each figure. */
record QuoteFigures(BigDecimal msrp, BigDecimal discount, BigDecimal invoicePrice, BigDecimal purchaseTax,
		String purchaseTaxNote, BigDecimal registrationFee, BigDecimal insurance, BigDecimal tradeInAllowance,
		BigDecimal onTheRoadPrice, BigDecimal amountDue, @Nullable FinancePlan finance) {
}
