package io.forecourt.sales.finance;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a buyer asks the calculator: the car, how much is paid down, over how long, at
 * what rate, how. {@link FinanceCalculator#schedule} checks it against the limits below
 * and names every field that is out of them.
 *
 * @param vehiclePrice the invoice price in yuan (two decimals at most)
 * @param downPayment 首付, yuan or a percentage of the vehicle price
 * @param termMonths number of monthly payments, {@value #MIN_TERM}–{@value #MAX_TERM}
 * @param annualRatePercent nominal annual rate in percent (4.9 for 4.9%), 0 for a 0息
 * promotion, at most {@value #MAX_RATE_PERCENT}
 * @param method how the financed amount is paid back
 * @param fees one-off fees of the contract in yuan, 0 when none
 * @param feeTreatment whether the fees are paid upfront or financed
 * @param finalPayment the balloon (尾款) or residual value, yuan or a percentage of the
 * vehicle price; required for {@link RepaymentMethod#hasFinalPayment() balloon and
 * lease}, absent otherwise
 */
public record FinanceRequest(BigDecimal vehiclePrice, AmountOrPercent downPayment, int termMonths,
		BigDecimal annualRatePercent, RepaymentMethod method, BigDecimal fees, FeeTreatment feeTreatment,
		@Nullable AmountOrPercent finalPayment) {

	public static final int MIN_TERM = 1;

	/** Seven years: the longest term Chinese auto-finance companies offer. */
	public static final int MAX_TERM = 84;

	/**
	 * Far above any car-finance rate: anything higher is a typing error, not an offer.
	 */
	public static final int MAX_RATE_PERCENT = 36;

	/** The dearest car the calculator takes, in yuan. */
	public static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

	/** A loan without fees or a final payment. */
	public static FinanceRequest loan(BigDecimal vehiclePrice, AmountOrPercent downPayment, int termMonths,
			BigDecimal annualRatePercent, RepaymentMethod method) {
		return new FinanceRequest(vehiclePrice, downPayment, termMonths, annualRatePercent, method, BigDecimal.ZERO,
				FeeTreatment.UPFRONT, null);
	}

}
