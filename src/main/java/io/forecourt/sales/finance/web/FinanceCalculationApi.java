package io.forecourt.sales.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.sales.Powertrain;
import io.forecourt.sales.finance.FinanceQueries;
import io.forecourt.sales.finance.FinanceSchedule;
import io.forecourt.sales.finance.PurchaseTax;
import io.forecourt.sales.finance.ScheduleRow;
import io.forecourt.sales.finance.ScheduleTotals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Loan and lease schedules, and the purchase tax of one car, for people who sell. */
@RestController
@Tag(name = "Finance calculator",
		description = "等额本息, 等额本金, balloon and lease schedules rounded to the fen; purchase tax")
class FinanceCalculationApi {

	private final FinanceQueries queries;

	FinanceCalculationApi(FinanceQueries queries) {
		this.queries = queries;
	}

	@PostMapping("/api/v1/finance-calculations")
	@Operation(summary = "Compute a repayment schedule (SALES_READ)",
			description = "Monthly rate = annual / 12; interest each month = balance × rate, rounded half up to the fen;"
					+ " the last month absorbs rounding so Σ principal equals the financed amount. Term 1–84 months,"
					+ " rate 0–36%, down payment at most the price; a balloon or residual (finalPayment) is required"
					+ " for BALLOON and LEASE_WITH_RESIDUAL.")
	ScheduleView calculate(@RequestBody FinanceForm body) {
		return ScheduleView.of(this.queries.schedule(body.toRequest()));
	}

	@PostMapping("/api/v1/purchase-tax-calculations")
	@Operation(summary = "Compute the purchase tax (车辆购置税) of one car (SALES_READ)",
			description = "10% of invoice / 1.13 under the rule in force on purchaseDate (default today, China);"
					+ " new-energy relief and its cap from the purchase tax rules table.")
	PurchaseTax purchaseTax(@RequestBody TaxForm body) {
		FieldErrors errors = new FieldErrors();
		if (body.invoicePrice() == null) {
			errors.reject("invoicePrice", "is required");
		}
		Powertrain powertrain = errors.attempt("powertrain",
				() -> FinanceForm.parse(Powertrain.class, body.powertrain(), null));
		errors.throwIfAny();
		return this.queries.purchaseTax(body.invoicePrice(), powertrain, body.purchaseDate());
	}

	/**
	 * @param purchaseDate the day of purchase in China; today when absent
	 */
	record TaxForm(@Nullable BigDecimal invoicePrice, @Nullable String powertrain, @Nullable LocalDate purchaseDate) {
	}

	record ScheduleView(String method, BigDecimal vehiclePrice, BigDecimal downPayment, BigDecimal upfrontFees,
			BigDecimal financedAmount, int termMonths, BigDecimal annualRatePercent, BigDecimal regularPayment,
			BigDecimal finalPayment, ScheduleTotals totals, List<ScheduleRow> rows) {

		static ScheduleView of(FinanceSchedule schedule) {
			return new ScheduleView(schedule.request().method().name(), schedule.request().vehiclePrice(),
					schedule.downPayment(), schedule.upfrontFees(), schedule.financedAmount(),
					schedule.request().termMonths(), schedule.request().annualRatePercent(), schedule.regularPayment(),
					schedule.finalPayment(), schedule.totals(), schedule.rows());
		}

	}

}
