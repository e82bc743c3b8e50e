package io.forecourt.sales.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.PricedConfiguration;
import io.forecourt.sales.finance.AmountOrPercent;
import io.forecourt.sales.finance.FeeTreatment;
import io.forecourt.sales.finance.FinanceCalculator;
import io.forecourt.sales.finance.FinanceRequest;
import io.forecourt.sales.finance.FinanceSchedule;
import io.forecourt.sales.finance.PurchaseTax;
import io.forecourt.sales.finance.QuoteCosts;
import io.forecourt.sales.finance.RepaymentMethod;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Adds a quote up: the configuration's MSRP less the discount is the invoice price; the
 * purchase tax, registration and insurance estimates come from the tables HQ keeps
 * ({@link QuoteCosts}); the trade-in comes off what the customer pays; a finance offer is
 * calculated on the invoice price.
 */
@Component
class QuotePricing {

	private final QuoteCosts costs;

	QuotePricing(QuoteCosts costs) {
		this.costs = costs;
	}

	/**
	 * @throws ProblemException validation when the trade-in exceeds the price or the
	 * finance terms are out of bounds (fields named {@code finance.*})
	 */
	QuoteFigures price(QuoteRequests.Checked request, LocalDate purchaseDate) {
		PricedConfiguration configuration = request.configuration();
		BigDecimal msrp = configuration.msrpTotal().setScale(2);
		BigDecimal invoice = msrp.subtract(request.discount());
		PurchaseTax tax = this.costs.purchaseTax(invoice, configuration.powertrain(), purchaseDate);
		BigDecimal registration = this.costs
			.registrationEstimate(new CityCode(request.registrationCity()), purchaseDate)
			.amount();
		BigDecimal insurance = this.costs.insuranceEstimate(invoice, request.seats(), purchaseDate).total();
		BigDecimal onTheRoad = invoice.add(tax.tax()).add(registration).add(insurance);
		if (request.tradeInAllowance().compareTo(onTheRoad) > 0) {
			throw ProblemException.validation("tradeInAllowance",
					"must not exceed the on-the-road price " + onTheRoad.toPlainString());
		}
		FinancePlan finance = request.finance() == null ? null : finance(request.finance(), invoice);
		return new QuoteFigures(msrp, request.discount(), invoice, tax.tax(), tax.explanation(), registration,
				insurance, request.tradeInAllowance(), onTheRoad, onTheRoad.subtract(request.tradeInAllowance()),
				finance);
	}

	/** The schedule of a quote's finance offer, to show in full. */
	static FinanceSchedule schedule(FinancePlan plan, BigDecimal invoicePrice) {
		return FinanceCalculator.schedule(new FinanceRequest(invoicePrice, AmountOrPercent.amount(plan.downPayment()),
				plan.termMonths(), plan.annualRatePercent(), RepaymentMethod.valueOf(plan.method()), plan.fees(),
				FeeTreatment.valueOf(plan.feeTreatment()),
				plan.finalPayment() == null ? null : AmountOrPercent.amount(plan.finalPayment())));
	}

	private static FinancePlan finance(NewQuote.FinanceTerms terms, BigDecimal invoice) {
		FinanceRequest request = request(terms, invoice);
		FinanceSchedule schedule;
		try {
			schedule = FinanceCalculator.schedule(request);
		}
		catch (ProblemException ex) {
			throw prefixed(ex);
		}
		return new FinancePlan(request.method().name(), schedule.downPayment(), request.termMonths(),
				request.annualRatePercent(), schedule.finalPayment().signum() == 0 ? null : schedule.finalPayment(),
				request.fees().setScale(2), request.feeTreatment().name(), schedule.regularPayment(),
				schedule.totals().interest());
	}

	private static FinanceRequest request(NewQuote.FinanceTerms terms, BigDecimal invoice) {
		FieldErrors errors = new FieldErrors();
		RepaymentMethod method = null;
		if (terms.method() == null) {
			errors.reject("finance.method", "is required: one of " + List.of(RepaymentMethod.values()));
		}
		else {
			method = errors.attempt("finance.method", () -> RepaymentMethod.valueOf(terms.method().strip()));
		}
		AmountOrPercent down = amountOrPercent(errors, "finance.downPayment", terms.downPayment(),
				terms.downPaymentPercent(), true);
		AmountOrPercent last = amountOrPercent(errors, "finance.finalPayment", terms.finalPayment(),
				terms.finalPaymentPercent(), false);
		if (terms.termMonths() == null) {
			errors.reject("finance.termMonths", "is required");
		}
		if (terms.annualRatePercent() == null) {
			errors.reject("finance.annualRatePercent", "is required (0 for a 0% offer)");
		}
		errors.throwIfAny();
		return new FinanceRequest(invoice, down, terms.termMonths(), terms.annualRatePercent(), method,
				terms.fees() == null ? BigDecimal.ZERO : terms.fees(),
				Boolean.TRUE.equals(terms.feesFinanced()) ? FeeTreatment.FINANCED : FeeTreatment.UPFRONT, last);
	}

	private static @Nullable AmountOrPercent amountOrPercent(FieldErrors errors, String field,
			@Nullable BigDecimal amount, @Nullable BigDecimal percent, boolean defaultZero) {
		if (amount != null && percent != null) {
			errors.reject(field, "give either the amount or the percent, not both");
			return null;
		}
		if (amount != null) {
			return AmountOrPercent.amount(amount);
		}
		if (percent != null) {
			return AmountOrPercent.percent(percent);
		}
		return defaultZero ? AmountOrPercent.none() : null;
	}

	/** The calculator names its own fields; on a quote they sit under {@code finance}. */
	private static ProblemException prefixed(ProblemException ex) {
		Object errors = ex.properties().get("errors");
		if (!(errors instanceof List<?> list)) {
			return ex;
		}
		List<ProblemException.FieldProblem> renamed = new ArrayList<>();
		for (Object item : list) {
			if (item instanceof ProblemException.FieldProblem problem) {
				renamed.add(new ProblemException.FieldProblem("finance." + problem.field(), problem.message()));
			}
		}
		return new ProblemException(ex.type(), ex.getMessage(), Map.of("errors", renamed));
	}

}
