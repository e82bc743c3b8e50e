package io.forecourt.sales.finance;

import java.math.BigDecimal;

/**
 * One line of a repayment schedule, in yuan to the fen.
 *
 * @param period the month, 1 to the term; a balloon or residual shares the last month
 * @param kind a regular instalment, or the balloon or residual paid at the end
 * @param payment what is paid: principal + interest
 * @param remainingBalance what is still owed after this payment
 */
public record ScheduleRow(int period, Kind kind, BigDecimal payment, BigDecimal principal, BigDecimal interest,
		BigDecimal remainingBalance) {

	/** What a schedule line is. */
	public enum Kind {

		INSTALLMENT, BALLOON, RESIDUAL

	}

}
