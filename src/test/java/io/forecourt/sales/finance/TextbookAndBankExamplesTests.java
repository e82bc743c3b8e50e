package io.forecourt.sales.finance;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 等额本息 calculator against worked examples of a finance textbook, an open textbook and
 * a bank, at car-loan terms (36 to 96 months) and one bank mortgage. The currency of the
 * source does not matter: the arithmetic (monthly rate = annual / 12, each period's
 * interest rounded half-up to the cent / fen on the remaining balance, the principal
 * being the payment less the interest) is the one Chinese banks use for 等额本息.
 * <p>
 * The figures were taken from the sources' published examples as recorded, with their
 * citations, in the test fixtures of the mortgagemath project
 * (github.com/murraystokely/mortgagemath, tests/schedules).
 */
class TextbookAndBankExamplesTests {

	private static FinanceSchedule loan(String principal, int months, String ratePercent) {
		return FinanceCalculator.schedule(FinanceRequest.loan(new BigDecimal(principal), AmountOrPercent.none(), months,
				new BigDecimal(ratePercent), RepaymentMethod.EQUAL_INSTALLMENT), 360);
	}

	/**
	 * Broverman, S. A., <i>Mathematics of Investment and Credit</i>, 8th ed., ACTEX 2023,
	 * §2.1 Example 2.7(a) (the Society of Actuaries' Exam FM reference text): 12,000 at
	 * 12% nominal compounded monthly over 36 months is 398.57 a month.
	 */
	@Test
	void brovermanExampleTwoPointSevenAThirtySixMonthsAtTwelvePercent() {
		FinanceSchedule schedule = loan("12000", 36, "12");
		assertThat(schedule.regularPayment()).isEqualByComparingTo("398.57");
		assertThat(schedule.rows().get(0).interest()).isEqualByComparingTo("120.00");
		assertThat(schedule.rows().get(35).remainingBalance()).isEqualByComparingTo("0");
	}

	/** The same example, part (b): 12,000 at 15% over 48 months is 333.97 a month. */
	@Test
	void brovermanExampleTwoPointSevenBFortyEightMonthsAtFifteenPercent() {
		FinanceSchedule schedule = loan("12000", 48, "15");
		assertThat(schedule.regularPayment()).isEqualByComparingTo("333.97");
		assertThat(schedule.rows().get(0).interest()).isEqualByComparingTo("150.00");
	}

	/**
	 * eCampus Ontario, <i>Mathematics of Finance</i> (open textbook, CC BY-NC-SA 4.0),
	 * §4.3 "Loan amortization: formula approach", Exercise 3 (Johnetta's loan): 20,200 at
	 * 3.53% compounded monthly over 8 years is 241.83 a month, and payment 60 splits into
	 * 24.91 interest and 216.92 principal
	 * (https://ecampusontario.pressbooks.pub/financemath/chapter/4-3-loan-amortization-formula-approach/).
	 * The mid-schedule split only comes out to the cent if every earlier period was
	 * rounded the textbook's way.
	 */
	@Test
	void eCampusJohnettasLoanPaymentSixtySplitsAsPublished() {
		FinanceSchedule schedule = loan("20200", 96, "3.53");
		assertThat(schedule.regularPayment()).isEqualByComparingTo("241.83");
		ScheduleRow sixtieth = schedule.rows().get(59);
		assertThat(sixtieth.interest()).isEqualByComparingTo("24.91");
		assertThat(sixtieth.principal()).isEqualByComparingTo("216.92");
	}

	/**
	 * Chase Bank's consumer-education page "Loan amortization"
	 * (https://www.chase.com/personal/mortgage/education/financing-a-home/loan-amortization):
	 * 200,000 at 5% over 30 years is 1,073.64 a month, and its first three rows are
	 * 240.31 + 833.33 leaving 199,759.69; 241.31 + 832.33 leaving 199,518.38; 242.31 +
	 * 831.33 leaving 199,276.07.
	 */
	@Test
	void chaseSampleScheduleFirstThreeRows() {
		FinanceSchedule schedule = loan("200000", 360, "5");
		assertThat(schedule.regularPayment()).isEqualByComparingTo("1073.64");
		String[][] published = { { "240.31", "833.33", "199759.69" }, { "241.31", "832.33", "199518.38" },
				{ "242.31", "831.33", "199276.07" } };
		for (int i = 0; i < published.length; i++) {
			ScheduleRow row = schedule.rows().get(i);
			assertThat(row.principal()).as("row %d principal", i + 1).isEqualByComparingTo(published[i][0]);
			assertThat(row.interest()).as("row %d interest", i + 1).isEqualByComparingTo(published[i][1]);
			assertThat(row.remainingBalance()).as("row %d balance", i + 1).isEqualByComparingTo(published[i][2]);
		}
	}

}
