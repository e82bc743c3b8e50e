package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * Repayment schedules as Chinese banks and auto-finance companies print them. Pure
 * arithmetic on {@link BigDecimal}, no state.
 *
 * <p>
 * Rounding, period by period: the monthly rate is annual / 12, unrounded; each month's
 * interest is the remaining balance × the monthly rate, rounded half up to the fen. For
 * 等额本息 (and the balloon and lease, which are annuities with a final value) the fixed
 * payment is the annuity formula rounded half up to the fen, and the last month absorbs
 * the rounding remainder: its principal is whatever is still owed. For 等额本金 the monthly
 * principal is financed / term rounded half up, and again the last month takes the
 * remainder. So Σ principal is the financed amount exactly, Σ payment is Σ principal + Σ
 * interest, and the balance ends at 0 (or, before the final line, at the balloon or
 * residual).
 * <p>
 * Balloon and lease: payment = (F·(1+r)^n − B)·r / ((1+r)^n − 1) for financed F and final
 * value B, which is the same as amortising F − B and paying the month's interest on B
 * every month. B stays owed after the last instalment and is paid as its own line in the
 * last month.
 */
public final class FinanceCalculator {

	/** Enough digits that (1+r)^84 rounds nowhere near the fen. */
	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private FinanceCalculator() {
	}

	/**
	 * The schedule for {@code request}.
	 * @throws ProblemException a validation problem naming every field that is out of
	 * bounds
	 */
	public static FinanceSchedule schedule(FinanceRequest request) {
		return schedule(request, FinanceRequest.MAX_TERM);
	}

	/**
	 * The same arithmetic for longer terms than a car loan has: the published worked
	 * examples are 20- and 30-year mortgages, and they check the same rounding.
	 */
	static FinanceSchedule schedule(FinanceRequest request, int maxTermMonths) {
		FinanceTerms terms = FinanceTerms.of(request, maxTermMonths);
		BigDecimal rate = monthlyRate(request.annualRatePercent());
		List<ScheduleRow> rows = switch (request.method()) {
			case EQUAL_PRINCIPAL -> equalPrincipal(terms.financed(), request.termMonths(), rate);
			case EQUAL_INSTALLMENT, BALLOON, LEASE_WITH_RESIDUAL ->
				annuity(terms.financed(), terms.finalPayment(), request.termMonths(), rate);
		};
		if (terms.finalPayment().signum() > 0) {
			ScheduleRow.Kind kind = request.method() == RepaymentMethod.BALLOON ? ScheduleRow.Kind.BALLOON
					: ScheduleRow.Kind.RESIDUAL;
			rows.add(new ScheduleRow(request.termMonths(), kind, terms.finalPayment(), terms.finalPayment(), zero(),
					zero()));
		}
		BigDecimal regular = rows.get(0).payment();
		return new FinanceSchedule(request, terms.downPayment(), terms.upfrontFees(), terms.financed(), rate, regular,
				terms.finalPayment(), rows, totals(terms, request.fees(), rows));
	}

	/** The monthly rate as a fraction: annual percent / 100 / 12, unrounded. */
	static BigDecimal monthlyRate(BigDecimal annualRatePercent) {
		return annualRatePercent.divide(HUNDRED, PRECISION).divide(TWELVE, PRECISION);
	}

	/**
	 * The fixed payment that brings {@code financed} down to {@code finalValue} in
	 * {@code months}, rounded half up to the fen.
	 */
	static BigDecimal annuityPayment(BigDecimal financed, BigDecimal finalValue, int months, BigDecimal rate) {
		if (rate.signum() == 0) {
			return financed.subtract(finalValue).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
		}
		BigDecimal growth = BigDecimal.ONE.add(rate).pow(months, PRECISION);
		BigDecimal numerator = financed.multiply(growth, PRECISION).subtract(finalValue).multiply(rate, PRECISION);
		return numerator.divide(growth.subtract(BigDecimal.ONE), PRECISION).setScale(2, RoundingMode.HALF_UP);
	}

	private static List<ScheduleRow> annuity(BigDecimal financed, BigDecimal finalValue, int months, BigDecimal rate) {
		BigDecimal payment = annuityPayment(financed, finalValue, months, rate);
		List<ScheduleRow> rows = new ArrayList<>(months + 1);
		BigDecimal balance = financed;
		for (int period = 1; period <= months; period++) {
			BigDecimal interest = interest(balance, rate);
			BigDecimal principal = period < months ? payment.subtract(interest) : balance.subtract(finalValue);
			balance = balance.subtract(principal);
			rows.add(new ScheduleRow(period, ScheduleRow.Kind.INSTALLMENT, principal.add(interest), principal, interest,
					balance));
		}
		return rows;
	}

	private static List<ScheduleRow> equalPrincipal(BigDecimal financed, int months, BigDecimal rate) {
		BigDecimal monthly = financed.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
		List<ScheduleRow> rows = new ArrayList<>(months + 1);
		BigDecimal balance = financed;
		for (int period = 1; period <= months; period++) {
			BigDecimal interest = interest(balance, rate);
			BigDecimal principal = period < months ? monthly : balance;
			balance = balance.subtract(principal);
			rows.add(new ScheduleRow(period, ScheduleRow.Kind.INSTALLMENT, principal.add(interest), principal, interest,
					balance));
		}
		return rows;
	}

	private static BigDecimal interest(BigDecimal balance, BigDecimal rate) {
		return balance.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}

	private static ScheduleTotals totals(FinanceTerms terms, BigDecimal fees, List<ScheduleRow> rows) {
		BigDecimal principal = zero();
		BigDecimal interest = zero();
		BigDecimal payments = zero();
		for (ScheduleRow row : rows) {
			principal = principal.add(row.principal());
			interest = interest.add(row.interest());
			payments = payments.add(row.payment());
		}
		BigDecimal upfront = terms.downPayment().add(terms.upfrontFees());
		return new ScheduleTotals(principal, interest, payments, upfront, upfront.add(payments),
				interest.add(fees.setScale(2, RoundingMode.HALF_UP)));
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

	/**
	 * The amounts a request resolves to, once every field has been checked; each field
	 * that is out of bounds is named, with the JSON path the API uses for it.
	 */
	record FinanceTerms(BigDecimal downPayment, BigDecimal upfrontFees, BigDecimal financed, BigDecimal finalPayment) {

		static FinanceTerms of(FinanceRequest request, int maxTerm) {
			FieldErrors errors = new FieldErrors();
			BigDecimal price = request.vehiclePrice();
			boolean priceValid = checkMoney(errors, "vehiclePrice", price);
			if (priceValid && price.signum() <= 0) {
				errors.reject("vehiclePrice", "must be more than 0");
				priceValid = false;
			}
			if (priceValid && price.compareTo(FinanceRequest.MAX_PRICE) > 0) {
				errors.reject("vehiclePrice", "must be at most " + FinanceRequest.MAX_PRICE.toPlainString());
				priceValid = false;
			}
			if (request.termMonths() < FinanceRequest.MIN_TERM || request.termMonths() > maxTerm) {
				errors.reject("termMonths",
						"must be between " + FinanceRequest.MIN_TERM + " and " + maxTerm + " months");
			}
			BigDecimal rate = request.annualRatePercent();
			if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(FinanceRequest.MAX_RATE_PERCENT)) > 0) {
				errors.reject("annualRatePercent", "must be between 0 and " + FinanceRequest.MAX_RATE_PERCENT + "%");
			}
			else if (rate.stripTrailingZeros().scale() > 4) {
				errors.reject("annualRatePercent", "has at most 4 decimals");
			}
			BigDecimal fees = request.fees();
			if (checkMoney(errors, "fees", fees) && fees.signum() < 0) {
				errors.reject("fees", "must not be negative");
			}
			@Nullable BigDecimal down = priceValid ? part(errors, "downPayment", request.downPayment(), price) : null;
			if (down != null && down.compareTo(price) > 0) {
				errors.reject("downPayment", "must not be more than the vehicle price");
				down = null;
			}
			BigDecimal finalPayment = BigDecimal.ZERO.setScale(2);
			if (request.method().hasFinalPayment()) {
				AmountOrPercent asked = request.finalPayment();
				if (asked == null) {
					errors.reject("finalPayment", "is required for " + request.method());
				}
				else if (priceValid) {
					BigDecimal value = part(errors, "finalPayment", asked, price);
					finalPayment = value == null ? finalPayment : value;
				}
			}
			else if (request.finalPayment() != null && request.finalPayment().of(BigDecimal.ONE).signum() != 0) {
				errors.reject("finalPayment", "only applies to BALLOON and LEASE_WITH_RESIDUAL");
			}
			errors.throwIfAny();
			BigDecimal scaledFees = fees.setScale(2);
			boolean financedFees = request.feeTreatment() == FeeTreatment.FINANCED;
			BigDecimal financed = price.setScale(2).subtract(down).add(financedFees ? scaledFees : BigDecimal.ZERO);
			if (financed.signum() <= 0) {
				errors.reject("downPayment", "leaves nothing to finance");
			}
			else if (request.method().hasFinalPayment()
					&& (finalPayment.signum() <= 0 || finalPayment.compareTo(financed) >= 0)) {
				errors.reject("finalPayment",
						"must be more than 0 and less than the financed amount " + financed.toPlainString());
			}
			errors.throwIfAny();
			return new FinanceTerms(down, financedFees ? BigDecimal.ZERO.setScale(2) : scaledFees, financed,
					finalPayment);
		}

		/** Whether {@code value} has at most two decimals, i.e. is whole fen. */
		private static boolean checkMoney(FieldErrors errors, String field, BigDecimal value) {
			if (value.stripTrailingZeros().scale() > 2) {
				errors.reject(field, "has at most 2 decimals (fen)");
				return false;
			}
			return true;
		}

		private static @Nullable BigDecimal part(FieldErrors errors, String field, AmountOrPercent part,
				BigDecimal price) {
			if (part.amount() != null) {
				if (!checkMoney(errors, field + ".amount", part.amount())) {
					return null;
				}
				if (part.amount().signum() < 0) {
					errors.reject(field + ".amount", "must not be negative");
					return null;
				}
			}
			else if (part.percent().signum() < 0 || part.percent().compareTo(HUNDRED) > 0) {
				errors.reject(field + ".percent", "must be between 0 and 100");
				return null;
			}
			else if (part.percent().stripTrailingZeros().scale() > 4) {
				errors.reject(field + ".percent", "has at most 4 decimals");
				return null;
			}
			return part.of(price);
		}

	}

}
