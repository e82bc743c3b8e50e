package io.forecourt.sales.quotes;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The finance offer printed on a quote: the terms asked for and the figures the finance
 * calculator gave for them (the whole schedule is calculated again when shown).
 *
 * @param method EQUAL_INSTALLMENT, EQUAL_PRINCIPAL, BALLOON or LEASE_WITH_RESIDUAL
 * @param finalPayment the balloon or residual value due at the end, when the product has
 * one
 * @param firstPayment the first period's payment
 * @param fees one-off contract fees
 * @param feeTreatment UPFRONT (paid at signing) or FINANCED (added to the loan)
 */
public record FinancePlan(String method, BigDecimal downPayment, int termMonths, BigDecimal annualRatePercent,
		@Nullable BigDecimal finalPayment, BigDecimal fees, String feeTreatment, BigDecimal firstPayment,
		BigDecimal totalInterest) {
}
