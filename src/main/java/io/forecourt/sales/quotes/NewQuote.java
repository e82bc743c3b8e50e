package io.forecourt.sales.quotes;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a consultant (or the brand app) asks to quote. Only the configuration code is
 * required.
 *
 * @param dealerId required for HQ and region staff; a dealer's staff quote for their own
 * dealer
 * @param discount in yuan; above the dealer's limit the quote waits for the manager
 * @param discountReason required with a discount
 * @param registrationCityCode where the car will be registered (GB/T 2260, e.g. 310100);
 * the dealer's city by default
 * @param seats for the insurance estimate (5 by default)
 * @param tradeInAllowance what the dealer pays for the customer's old car (置换)
 * @param finance the finance terms to quote, or null for cash
 * @param validDays how long the quote holds, 1–30 days (7 by default)
 */
public record NewQuote(@Nullable String configurationCode, @Nullable UUID dealerId, @Nullable UUID customerId,
		@Nullable UUID leadId, @Nullable BigDecimal discount, @Nullable String discountReason,
		@Nullable String registrationCityCode, @Nullable Integer seats, @Nullable BigDecimal tradeInAllowance,
		@Nullable String tradeInDescription, @Nullable FinanceTerms finance, @Nullable Integer validDays) {

	/**
	 * The finance terms to quote; the finance calculator checks them.
	 *
	 * @param method EQUAL_INSTALLMENT (等额本息), EQUAL_PRINCIPAL (等额本金), BALLOON (尾款贷) or
	 * LEASE_WITH_RESIDUAL (融资租赁)
	 * @param downPayment in yuan, or give {@code downPaymentPercent} of the invoice price
	 * @param annualRatePercent e.g. 3.5 for 3.5%; 0 for a 0息 offer
	 * @param finalPayment the balloon or residual in yuan (BALLOON and
	 * LEASE_WITH_RESIDUAL), or give {@code finalPaymentPercent}
	 * @param fees one-off contract fees in yuan; {@code feesFinanced} adds them to the
	 * loan
	 */
	public record FinanceTerms(@Nullable String method, @Nullable BigDecimal downPayment,
			@Nullable BigDecimal downPaymentPercent, @Nullable Integer termMonths,
			@Nullable BigDecimal annualRatePercent, @Nullable BigDecimal finalPayment,
			@Nullable BigDecimal finalPaymentPercent, @Nullable BigDecimal fees, @Nullable Boolean feesFinanced) {
	}

}
