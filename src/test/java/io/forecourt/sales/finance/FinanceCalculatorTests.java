package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Car-loan schedules: down payments, fees, balloons, leases, 0% promotions, rounding at
 * the edges, validation, and reconciliation to the fen over thousands of random requests.
 */
class FinanceCalculatorTests {

	private static final BigDecimal PRICE = new BigDecimal("189900.00");

	private static BigDecimal yuan(String value) {
		return new BigDecimal(value);
	}

	@Test
	void aThirtyPercentDownPaymentFinancesTheRestOverThreeYears() {
		FinanceSchedule schedule = FinanceCalculator.schedule(FinanceRequest.loan(PRICE,
				AmountOrPercent.percent(yuan("30")), 36, yuan("4.5"), RepaymentMethod.EQUAL_INSTALLMENT));
		assertThat(schedule.downPayment()).isEqualByComparingTo("56970.00");
		assertThat(schedule.financedAmount()).isEqualByComparingTo("132930.00");
		// 132,930 × r(1+r)^36 / ((1+r)^36 − 1) at r = 0.375% = 3,954.2587…
		assertThat(schedule.regularPayment()).isEqualByComparingTo("3954.26");
		assertThat(schedule.rows().get(0).interest()).isEqualByComparingTo("498.49");
		assertReconciles(schedule);
	}

	@Test
	void aZeroPercentPromotionSplitsThePrincipalAndTheLastMonthTakesTheRemainder() {
		FinanceSchedule schedule = FinanceCalculator.schedule(FinanceRequest.loan(yuan("120000"),
				AmountOrPercent.none(), 36, BigDecimal.ZERO, RepaymentMethod.EQUAL_INSTALLMENT));
		assertThat(schedule.regularPayment()).isEqualByComparingTo("3333.33");
		assertThat(schedule.rows().get(35).payment()).isEqualByComparingTo("3333.45");
		assertThat(schedule.totals().interest()).isEqualByComparingTo("0");
		assertThat(schedule.totals().payments()).isEqualByComparingTo("120000");
		FinanceSchedule equalPrincipal = FinanceCalculator.schedule(FinanceRequest.loan(yuan("120000"),
				AmountOrPercent.none(), 36, yuan("0.00"), RepaymentMethod.EQUAL_PRINCIPAL));
		assertThat(equalPrincipal.rows()).extracting(ScheduleRow::interest)
			.allSatisfy(interest -> assertThat(interest).isEqualByComparingTo("0"));
		assertReconciles(schedule);
		assertReconciles(equalPrincipal);
	}

	@Test
	void aBalloonLeavesItsAmountOwedAfterTheLastInstalmentAndIsPaidAsItsOwnLine() {
		FinanceRequest request = new FinanceRequest(PRICE, AmountOrPercent.percent(yuan("20")), 36, yuan("3.99"),
				RepaymentMethod.BALLOON, yuan("2000"), FeeTreatment.UPFRONT, AmountOrPercent.percent(yuan("40")));
		FinanceSchedule schedule = FinanceCalculator.schedule(request);
		assertThat(schedule.financedAmount()).isEqualByComparingTo("151920.00");
		assertThat(schedule.finalPayment()).isEqualByComparingTo("75960.00");
		List<ScheduleRow> installments = schedule.installments();
		assertThat(installments).hasSize(36);
		assertThat(installments.get(35).remainingBalance()).isEqualByComparingTo("75960.00");
		ScheduleRow balloon = schedule.rows().get(36);
		assertThat(balloon.kind()).isEqualTo(ScheduleRow.Kind.BALLOON);
		assertThat(balloon.period()).isEqualTo(36);
		assertThat(balloon.payment()).isEqualByComparingTo("75960.00");
		// Same as amortising 151,920 − 75,960 and paying each month's interest on 75,960.
		BigDecimal rate = FinanceCalculator.monthlyRate(yuan("3.99"));
		BigDecimal amortising = FinanceCalculator.annuityPayment(yuan("75960.00"), BigDecimal.ZERO, 36, rate);
		BigDecimal interestOnBalloon = yuan("75960.00").multiply(rate);
		assertThat(schedule.regularPayment().subtract(amortising.add(interestOnBalloon)).abs())
			.isLessThanOrEqualTo(yuan("0.01"));
		assertThat(schedule.upfrontFees()).isEqualByComparingTo("2000");
		assertThat(schedule.totals().upfront()).isEqualByComparingTo("39980.00");
		assertReconciles(schedule);
	}

	@Test
	void aLeaseEndsWithTheResidualAndFinancedFeesBearInterest() {
		FinanceRequest request = new FinanceRequest(PRICE, AmountOrPercent.amount(yuan("0")), 48, yuan("5.5"),
				RepaymentMethod.LEASE_WITH_RESIDUAL, yuan("3500"), FeeTreatment.FINANCED,
				AmountOrPercent.amount(yuan("50000")));
		FinanceSchedule schedule = FinanceCalculator.schedule(request);
		assertThat(schedule.financedAmount()).isEqualByComparingTo("193400.00");
		assertThat(schedule.upfrontFees()).isEqualByComparingTo("0");
		assertThat(schedule.rows().get(48).kind()).isEqualTo(ScheduleRow.Kind.RESIDUAL);
		assertThat(schedule.installments().get(47).remainingBalance()).isEqualByComparingTo("50000");
		assertThat(schedule.totals().costOfCredit())
			.isEqualByComparingTo(schedule.totals().interest().add(yuan("3500")));
		assertReconciles(schedule);
	}

	@Test
	void interestOfExactlyHalfAFenRoundsUp() {
		// 10.00 yuan at 0.6% a year: 10 × 0.0005 = 0.005 yuan of interest in month one.
		FinanceSchedule schedule = FinanceCalculator.schedule(FinanceRequest.loan(yuan("10.00"), AmountOrPercent.none(),
				2, yuan("0.6"), RepaymentMethod.EQUAL_PRINCIPAL));
		assertThat(schedule.rows().get(0).interest()).isEqualByComparingTo("0.01");
		assertThat(schedule.rows().get(1).interest()).isEqualByComparingTo("0.00");
		assertReconciles(schedule);
	}

	@Test
	void aFewFenOverSeveralYearsStillReconcile() {
		FinanceSchedule tiny = FinanceCalculator.schedule(FinanceRequest.loan(yuan("0.05"), AmountOrPercent.none(), 84,
				yuan("36"), RepaymentMethod.EQUAL_PRINCIPAL));
		assertThat(tiny.rows().get(0).principal()).isEqualByComparingTo("0.00");
		assertThat(tiny.rows().get(83).principal()).isEqualByComparingTo("0.05");
		assertReconciles(tiny);
		FinanceSchedule roundedUp = FinanceCalculator.schedule(FinanceRequest.loan(yuan("2.00"), AmountOrPercent.none(),
				3, BigDecimal.ZERO, RepaymentMethod.EQUAL_PRINCIPAL));
		assertThat(roundedUp.rows()).extracting(ScheduleRow::principal)
			.containsExactly(yuan("0.67"), yuan("0.67"), yuan("0.66"));
		assertReconciles(roundedUp);
	}

	@Test
	void oneMonthIsPrincipalPlusOneMonthOfInterest() {
		FinanceSchedule schedule = FinanceCalculator.schedule(FinanceRequest.loan(yuan("100000"),
				AmountOrPercent.none(), 1, yuan("12"), RepaymentMethod.EQUAL_INSTALLMENT));
		assertThat(schedule.rows()).singleElement()
			.satisfies(row -> assertThat(row.payment()).isEqualByComparingTo("101000.00"));
	}

	@Test
	void outOfBoundsFieldsAreAllNamed() {
		FinanceRequest request = new FinanceRequest(PRICE, AmountOrPercent.amount(yuan("200000")), 85, yuan("36.5"),
				RepaymentMethod.EQUAL_INSTALLMENT, yuan("-1"), FeeTreatment.UPFRONT, null);
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> FinanceCalculator.schedule(request))
			.satisfies(ex -> {
				assertThat(ex.type()).isEqualTo(ProblemType.VALIDATION);
				assertThat(fields(ex)).containsExactlyInAnyOrder("termMonths", "annualRatePercent", "fees",
						"downPayment");
			});
	}

	@Test
	void balloonsAndResidualsMustBeAskedForAndLeaveSomethingToAmortise() {
		assertThat(fields(problem(new FinanceRequest(PRICE, AmountOrPercent.none(), 36, yuan("3"),
				RepaymentMethod.BALLOON, BigDecimal.ZERO, FeeTreatment.UPFRONT, null))))
			.containsExactly("finalPayment");
		assertThat(fields(problem(new FinanceRequest(PRICE, AmountOrPercent.percent(yuan("50")), 36, yuan("3"),
				RepaymentMethod.LEASE_WITH_RESIDUAL, BigDecimal.ZERO, FeeTreatment.UPFRONT,
				AmountOrPercent.percent(yuan("50"))))))
			.containsExactly("finalPayment");
		assertThat(fields(problem(
				new FinanceRequest(PRICE, AmountOrPercent.none(), 36, yuan("3"), RepaymentMethod.EQUAL_INSTALLMENT,
						BigDecimal.ZERO, FeeTreatment.UPFRONT, AmountOrPercent.percent(yuan("10"))))))
			.containsExactly("finalPayment");
		assertThat(fields(problem(FinanceRequest.loan(PRICE, AmountOrPercent.percent(yuan("100")), 12, yuan("3"),
				RepaymentMethod.EQUAL_INSTALLMENT))))
			.containsExactly("downPayment");
		assertThat(fields(problem(FinanceRequest.loan(yuan("1000.001"), AmountOrPercent.percent(yuan("101")), 12,
				yuan("3.12345"), RepaymentMethod.EQUAL_INSTALLMENT))))
			.containsExactlyInAnyOrder("vehiclePrice", "annualRatePercent");
		assertThat(fields(problem(FinanceRequest.loan(PRICE, AmountOrPercent.percent(yuan("101")), 0, yuan("3"),
				RepaymentMethod.EQUAL_INSTALLMENT))))
			.containsExactlyInAnyOrder("termMonths", "downPayment.percent");
	}

	/**
	 * Reconciliation as a property: thousands of random requests over every method,
	 * price, term, rate, fee and final payment; the seed is fixed so a failure can be
	 * replayed.
	 */
	@Test
	void everyScheduleReconcilesToTheFen() {
		Random random = new Random(20261122);
		RepaymentMethod[] methods = RepaymentMethod.values();
		for (int i = 0; i < 4000; i++) {
			BigDecimal price = BigDecimal.valueOf(random.nextLong(1, 200_000_000L), 2);
			AmountOrPercent down = random.nextBoolean()
					? AmountOrPercent.percent(BigDecimal.valueOf(random.nextInt(0, 9000), 2))
					: AmountOrPercent.amount(price.multiply(BigDecimal.valueOf(random.nextInt(0, 90)))
						.divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
			int term = random.nextInt(1, 85);
			BigDecimal rate = random.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(1, 3601), 2);
			RepaymentMethod method = methods[random.nextInt(methods.length)];
			BigDecimal fees = random.nextBoolean() ? BigDecimal.ZERO
					: BigDecimal.valueOf(random.nextInt(0, 500_000), 2);
			FeeTreatment treatment = random.nextBoolean() ? FeeTreatment.FINANCED : FeeTreatment.UPFRONT;
			AmountOrPercent last = method.hasFinalPayment()
					? AmountOrPercent.percent(BigDecimal.valueOf(random.nextInt(1, 1000), 2)) : null;
			FinanceRequest request = new FinanceRequest(price, down, term, rate, method, fees, treatment, last);
			FinanceSchedule schedule;
			try {
				schedule = FinanceCalculator.schedule(request);
			}
			catch (ProblemException ex) {
				// A tiny price with a large down payment leaves nothing to finance.
				assertThat(fields(ex)).as(request.toString()).isSubsetOf("downPayment", "finalPayment");
				continue;
			}
			assertReconciles(schedule);
		}
	}

	static void assertReconciles(FinanceSchedule schedule) {
		FinanceRequest request = schedule.request();
		ScheduleTotals totals = schedule.totals();
		List<ScheduleRow> installments = schedule.installments();
		String what = request.toString();
		assertThat(installments).as(what).hasSize(request.termMonths());
		assertThat(totals.principal()).as(what).isEqualByComparingTo(schedule.financedAmount());
		assertThat(totals.payments()).as(what).isEqualByComparingTo(totals.principal().add(totals.interest()));
		assertThat(sum(schedule.rows(), ScheduleRow::principal)).isEqualByComparingTo(totals.principal());
		assertThat(sum(schedule.rows(), ScheduleRow::interest)).isEqualByComparingTo(totals.interest());
		assertThat(sum(schedule.rows(), ScheduleRow::payment)).isEqualByComparingTo(totals.payments());
		assertThat(installments.get(installments.size() - 1).remainingBalance()).as(what)
			.isEqualByComparingTo(schedule.finalPayment());
		assertThat(schedule.rows().get(schedule.rows().size() - 1).remainingBalance()).as(what)
			.isEqualByComparingTo("0");
		assertThat(totals.totalCost()).as(what).isEqualByComparingTo(totals.upfront().add(totals.payments()));
		assertThat(totals.totalCost().subtract(request.vehiclePrice())).as(what)
			.isEqualByComparingTo(totals.costOfCredit());
		BigDecimal balance = schedule.financedAmount();
		for (ScheduleRow row : installments) {
			assertThat(row.interest()).as(what)
				.isEqualByComparingTo(balance.multiply(schedule.monthlyRate()).setScale(2, RoundingMode.HALF_UP));
			assertThat(row.payment()).isEqualByComparingTo(row.principal().add(row.interest()));
			assertThat(row.payment().scale()).isEqualTo(2);
			balance = balance.subtract(row.principal());
			assertThat(row.remainingBalance()).isEqualByComparingTo(balance);
			if (request.method() != RepaymentMethod.EQUAL_PRINCIPAL && row.period() < request.termMonths()) {
				assertThat(row.payment()).as(what).isEqualByComparingTo(schedule.regularPayment());
			}
		}
		if (request.method() != RepaymentMethod.EQUAL_PRINCIPAL) {
			// The last month's correction is rounding, not a hidden fee: at most half a
			// fen
			// per month, grown at the loan's rate (a few fen usually, a yuan or so at 30%
			// over seven years), plus the last month's own rounding.
			BigDecimal correction = installments.get(installments.size() - 1)
				.payment()
				.subtract(schedule.regularPayment())
				.abs();
			BigDecimal rate = schedule.monthlyRate();
			BigDecimal compounded = rate.signum() == 0 ? BigDecimal.valueOf(request.termMonths())
					: BigDecimal.ONE.add(rate)
						.pow(request.termMonths())
						.subtract(BigDecimal.ONE)
						.divide(rate, java.math.MathContext.DECIMAL64);
			assertThat(correction).as(what)
				.isLessThanOrEqualTo(new BigDecimal("0.01").multiply(compounded).add(new BigDecimal("0.01")));
		}
	}

	private static BigDecimal sum(List<ScheduleRow> rows, java.util.function.Function<ScheduleRow, BigDecimal> part) {
		return rows.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static ProblemException problem(FinanceRequest request) {
		try {
			FinanceCalculator.schedule(request);
		}
		catch (ProblemException ex) {
			return ex;
		}
		throw new AssertionError("accepted " + request);
	}

	static List<String> fields(ProblemException ex) {
		return ((List<?>) ex.properties().get("errors")).stream()
			.map(error -> ((ProblemException.FieldProblem) error).field())
			.toList();
	}

}
