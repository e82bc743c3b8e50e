package io.forecourt.sales.finance.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.jspecify.annotations.Nullable;

/**
 * The calculator page's fields as typed, so a rejected value is shown back as it was, and
 * what is wrong with each field. A fresh page starts from a typical car loan (30% down,
 * 36 months) so it shows a schedule straight away.
 *
 * @param downPaymentMode {@code percent} or {@code amount}; likewise finalPaymentMode
 */
record FinanceCalculatorForm(String vehiclePrice, String downPaymentMode, String downPayment, String termMonths,
		String annualRatePercent, String method, String fees, String feeTreatment, String finalPaymentMode,
		String finalPayment, Map<String, String> problems) {

	static FinanceCalculatorForm of(@Nullable String vehiclePrice, @Nullable String downPaymentMode,
			@Nullable String downPayment, @Nullable String termMonths, @Nullable String annualRatePercent,
			@Nullable String method, @Nullable String fees, @Nullable String feeTreatment,
			@Nullable String finalPaymentMode, @Nullable String finalPayment) {
		if (vehiclePrice == null) {
			return new FinanceCalculatorForm("189900", "percent", "30", "36", "4.5", "EQUAL_INSTALLMENT", "0",
					"UPFRONT", "percent", "", Map.of());
		}
		return new FinanceCalculatorForm(text(vehiclePrice), mode(downPaymentMode), text(downPayment), text(termMonths),
				text(annualRatePercent), text(method), text(fees), text(feeTreatment), mode(finalPaymentMode),
				text(finalPayment), Map.of());
	}

	/** The API's form, with fields that are not numbers already rejected. */
	FinanceForm toApiForm() {
		Map<String, String> wrong = new LinkedHashMap<>();
		BigDecimal price = number(wrong, "vehiclePrice", this.vehiclePrice);
		BigDecimal down = number(wrong, "downPayment", this.downPayment);
		BigDecimal term = number(wrong, "termMonths", this.termMonths);
		BigDecimal rate = number(wrong, "annualRatePercent", this.annualRatePercent);
		BigDecimal feeAmount = number(wrong, "fees", this.fees);
		BigDecimal last = number(wrong, "finalPayment", this.finalPayment);
		if (term != null
				&& (term.stripTrailingZeros().scale() > 0 || term.abs().compareTo(BigDecimal.valueOf(1000)) > 0)) {
			wrong.put("termMonths", "must be a whole number of months");
		}
		if (!wrong.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "not numbers",
					Map.of("errors",
							wrong.entrySet()
								.stream()
								.map(entry -> new ProblemException.FieldProblem(entry.getKey(), entry.getValue()))
								.toList()));
		}
		return new FinanceForm(price, part(this.downPaymentMode, down), term == null ? null : term.intValue(), rate,
				this.method, feeAmount, this.feeTreatment, last == null ? null : part(this.finalPaymentMode, last));
	}

	FinanceCalculatorForm rejecting(ProblemException problem) {
		Map<String, String> rejected = new LinkedHashMap<>();
		if (problem.properties().get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof ProblemException.FieldProblem field) {
					// downPayment.percent and downPayment.amount are one input on the
					// page.
					rejected.putIfAbsent(field.field().replaceFirst("\\..*", ""), field.message());
				}
			}
		}
		return new FinanceCalculatorForm(this.vehiclePrice, this.downPaymentMode, this.downPayment, this.termMonths,
				this.annualRatePercent, this.method, this.fees, this.feeTreatment, this.finalPaymentMode,
				this.finalPayment, rejected);
	}

	public boolean invalid(String field) {
		return this.problems.containsKey(field);
	}

	private static FinanceForm.@Nullable Part part(String mode, @Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		return "amount".equals(mode) ? new FinanceForm.Part(value, null) : new FinanceForm.Part(null, value);
	}

	private static @Nullable BigDecimal number(Map<String, String> wrong, String field, String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			wrong.put(field, "is not a number");
			return null;
		}
	}

	private static String mode(@Nullable String mode) {
		return "amount".equals(mode) ? "amount" : "percent";
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
