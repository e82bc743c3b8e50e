package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed repayment schedule and its totals.
 *
 * @param downPayment the down payment in yuan
 * @param upfrontFees fees paid at signing (0 when financed)
 * @param financedAmount what is borrowed: price − down payment, plus fees when financed
 * @param monthlyRate annual rate / 12 as a fraction (0.0040833… for 4.9%), unrounded
 * @param regularPayment the fixed monthly payment (等额本息, balloon, lease) or the first
 * month's payment (等额本金)
 * @param finalPayment the balloon or residual, 0 when the method has none
 * @param rows the instalments in order, then the balloon or residual line if any
 */
public record FinanceSchedule(FinanceRequest request, BigDecimal downPayment, BigDecimal upfrontFees,
		BigDecimal financedAmount, BigDecimal monthlyRate, BigDecimal regularPayment, BigDecimal finalPayment,
		List<ScheduleRow> rows, ScheduleTotals totals) {

	public FinanceSchedule {
		rows = List.copyOf(rows);
	}

	/** The regular instalments, without the balloon or residual line. */
	public List<ScheduleRow> installments() {
		return this.rows.stream().filter(row -> row.kind() == ScheduleRow.Kind.INSTALLMENT).toList();
	}

}
