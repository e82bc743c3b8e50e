package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculator against worked examples others have published. The pages quote the
 * figures of the PBoC benchmark rate era (5-year+ rate 4.90%); they round each figure to
 * the fen as we do, so the monthly payments match to the fen. Their totals are usually
 * payment × term without the last-month adjustment, so totals are not compared.
 */
class PublishedScheduleExamplesTests {

	private static FinanceSchedule loan(String principal, int months, String ratePercent, RepaymentMethod method) {
		// Mortgage terms: longer than the 84 months a car loan may have.
		return FinanceCalculator.schedule(FinanceRequest.loan(new BigDecimal(principal), AmountOrPercent.none(), months,
				new BigDecimal(ratePercent), method), 360);
	}

	/**
	 * 1,000,000 yuan, 30 years, 4.9%: 等额本息 5,307.27 a month. The textbook figure of
	 * Chinese mortgage guides, e.g. "100万贷款30年期的月供" (qiuxuequan.com,
	 * http://www.qiuxuequan.com/kao-shi/432722.html).
	 */
	@Test
	void aMillionOverThirtyYearsAtFourPointNineIsFiveThousandThreeHundredAndSevenPointTwentySevenAMonth() {
		FinanceSchedule schedule = loan("1000000", 360, "4.9", RepaymentMethod.EQUAL_INSTALLMENT);
		assertThat(schedule.regularPayment()).isEqualByComparingTo("5307.27");
		assertThat(schedule.rows().get(0).interest()).isEqualByComparingTo("4083.33");
		assertThat(schedule.rows().get(0).principal()).isEqualByComparingTo("1223.94");
		assertThat(schedule.rows()).hasSize(360);
		assertThat(schedule.rows().get(359).remainingBalance()).isEqualByComparingTo("0");
	}

	/**
	 * The same loan 等额本金: first month 6,861.11 (2,777.78 principal + 4,083.33 interest),
	 * each month 11.34 less (2,777.78 × 4.9% / 12 = 11.3426). Published with the 等额本息
	 * figure above in mortgage guides; the method and the 11.34 step are also in the
	 * 630,000 example below.
	 */
	@Test
	void aMillionOverThirtyYearsEqualPrincipalStartsAtSixThousandEightHundredAndSixtyOne() {
		FinanceSchedule schedule = loan("1000000", 360, "4.9", RepaymentMethod.EQUAL_PRINCIPAL);
		List<ScheduleRow> rows = schedule.rows();
		assertThat(rows.get(0).payment()).isEqualByComparingTo("6861.11");
		assertThat(rows.get(0).principal()).isEqualByComparingTo("2777.78");
		assertThat(rows.get(1).payment()).isEqualByComparingTo("6849.77");
		assertThat(rows.get(0).payment().subtract(rows.get(1).payment())).isEqualByComparingTo("11.34");
		// Rounding each month's interest makes the step 11.34 or 11.35, never anything
		// else.
		for (int i = 1; i < 359; i++) {
			BigDecimal step = rows.get(i - 1).payment().subtract(rows.get(i).payment());
			assertThat(step).isBetween(new BigDecimal("11.34"), new BigDecimal("11.35"));
		}
		// The last month: the remaining principal (the rounding remainder) and its
		// interest.
		assertThat(rows.get(359).principal()).isEqualByComparingTo("2776.98");
		assertThat(schedule.totals().principal()).isEqualByComparingTo("1000000");
	}

	/**
	 * 630,000 yuan, 30 years, 4.9%: 等额本息 3,343.58; 等额本金 first month 4,322.50, then 7.15
	 * less each month, interest 464,336.25 in all. Q&A "若贷款本金:63万,期限:30年" (ccv168.com,
	 * http://ccv168.com/wenda/220578.html; the same text at
	 * http://vdgb.cn/wenda/220578.html).
	 */
	@Test
	void sixHundredAndThirtyThousandOverThirtyYears() {
		assertThat(loan("630000", 360, "4.90", RepaymentMethod.EQUAL_INSTALLMENT).regularPayment())
			.isEqualByComparingTo("3343.58");
		FinanceSchedule equalPrincipal = loan("630000", 360, "4.90", RepaymentMethod.EQUAL_PRINCIPAL);
		assertThat(equalPrincipal.rows().get(0).payment()).isEqualByComparingTo("4322.50");
		assertThat(equalPrincipal.rows().get(0).payment().subtract(equalPrincipal.rows().get(1).payment()))
			.isEqualByComparingTo("7.15");
		// Their total is the unrounded formula P × r × (n + 1) / 2; rounding each month's
		// interest to the fen moves it by fen (here 0.15 over 360 months).
		assertThat(equalPrincipal.totals().interest().subtract(new BigDecimal("464336.25")).abs())
			.isLessThanOrEqualTo(new BigDecimal("0.50"));
	}

	/**
	 * 1,000,000 yuan, 20 years, 4.9%: 等额本息 6,544.44; first month 4,083.33 interest and
	 * 2,461.11 principal (372181.com, http://372181.com/wenda/229816.html).
	 */
	@Test
	void aMillionOverTwentyYears() {
		FinanceSchedule schedule = loan("1000000", 240, "4.900", RepaymentMethod.EQUAL_INSTALLMENT);
		assertThat(schedule.regularPayment()).isEqualByComparingTo("6544.44");
		assertThat(schedule.rows().get(0).interest()).isEqualByComparingTo("4083.33");
		assertThat(schedule.rows().get(0).principal()).isEqualByComparingTo("2461.11");
	}

	/**
	 * 1,200,000 yuan, 30 years, 4.9%: 等额本息 6,368.72; first month 4,900 interest and
	 * 1,468.72 principal (wwwbz417.com, http://wwwbz417.com/baike/60016.html).
	 */
	@Test
	void onePointTwoMillionOverThirtyYears() {
		FinanceSchedule schedule = loan("1200000", 360, "4.9", RepaymentMethod.EQUAL_INSTALLMENT);
		assertThat(schedule.regularPayment()).isEqualByComparingTo("6368.72");
		assertThat(schedule.rows().get(0).interest()).isEqualByComparingTo("4900.00");
		assertThat(schedule.rows().get(0).principal()).isEqualByComparingTo("1468.72");
	}

	/**
	 * 300,000 yuan, 30 years, 4.9%: 等额本息 1,592.18 (13l.net,
	 * https://13l.net/index.php/l/1771868819402209700.html).
	 */
	@Test
	void threeHundredThousandOverThirtyYears() {
		assertThat(loan("300000", 360, "4.9", RepaymentMethod.EQUAL_INSTALLMENT).regularPayment())
			.isEqualByComparingTo("1592.18");
	}

}
