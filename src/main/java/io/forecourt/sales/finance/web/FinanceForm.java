package io.forecourt.sales.finance.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.sales.finance.AmountOrPercent;
import io.forecourt.sales.finance.FeeTreatment;
import io.forecourt.sales.finance.FinanceRequest;
import io.forecourt.sales.finance.RepaymentMethod;
import org.jspecify.annotations.Nullable;

/**
 * A finance calculation as the API receives it: every field optional at the edge so that
 * one answer can name every missing or wrong field; {@link #toRequest()} turns it into
 * the calculator's request.
 *
 * @param downPayment yuan or percent of the price; none when absent
 * @param method EQUAL_INSTALLMENT, EQUAL_PRINCIPAL, BALLOON or LEASE_WITH_RESIDUAL
 * @param fees one-off fees, 0 when absent
 * @param feeTreatment UPFRONT (default) or FINANCED
 * @param finalPayment the balloon or residual, yuan or percent of the price
 */
record FinanceForm(@Nullable BigDecimal vehiclePrice, @Nullable Part downPayment, @Nullable Integer termMonths,
		@Nullable BigDecimal annualRatePercent, @Nullable String method, @Nullable BigDecimal fees,
		@Nullable String feeTreatment, @Nullable Part finalPayment) {

	/** Yuan or a percentage of the vehicle price: give one of the two. */
	record Part(@Nullable BigDecimal amount, @Nullable BigDecimal percent) {

		@Nullable AmountOrPercent resolve(FieldErrors errors, String field) {
			if ((this.amount == null) == (this.percent == null)) {
				errors.reject(field, "give either amount or percent");
				return null;
			}
			return new AmountOrPercent(this.amount, this.percent);
		}

	}

	FinanceRequest toRequest() {
		FieldErrors errors = new FieldErrors();
		if (this.vehiclePrice == null) {
			errors.reject("vehiclePrice", "is required");
		}
		if (this.termMonths == null) {
			errors.reject("termMonths", "is required");
		}
		if (this.annualRatePercent == null) {
			errors.reject("annualRatePercent", "is required");
		}
		RepaymentMethod repayment = errors.attempt("method", () -> parse(RepaymentMethod.class, this.method, null));
		FeeTreatment treatment = errors.attempt("feeTreatment",
				() -> parse(FeeTreatment.class, this.feeTreatment, FeeTreatment.UPFRONT));
		AmountOrPercent down = this.downPayment == null ? AmountOrPercent.none()
				: this.downPayment.resolve(errors, "downPayment");
		AmountOrPercent last = this.finalPayment == null ? null : this.finalPayment.resolve(errors, "finalPayment");
		errors.throwIfAny();
		return new FinanceRequest(this.vehiclePrice, down, this.termMonths, this.annualRatePercent, repayment,
				this.fees == null ? BigDecimal.ZERO : this.fees, treatment, last);
	}

	static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, @Nullable E absent) {
		if (value == null || value.isBlank()) {
			if (absent != null) {
				return absent;
			}
			throw new IllegalArgumentException("is required");
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

}
