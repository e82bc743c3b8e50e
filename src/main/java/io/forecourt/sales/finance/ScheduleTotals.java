package io.forecourt.sales.finance;

import java.math.BigDecimal;

/**
 * The sums of a schedule and what the car costs the buyer in the end, in yuan. They
 * reconcile exactly: {@code principal} is the financed amount, {@code payments} is
 * {@code principal + interest}, and {@code totalCost} is {@code upfront + payments}.
 *
 * @param principal Σ principal over all lines, balloon or residual included
 * @param interest Σ interest
 * @param payments Σ payment
 * @param upfront the cash at signing: down payment plus fees paid upfront
 * @param totalCost everything the buyer pays: upfront plus payments
 * @param costOfCredit what financing adds to the vehicle price: interest plus fees
 */
public record ScheduleTotals(BigDecimal principal, BigDecimal interest, BigDecimal payments, BigDecimal upfront,
		BigDecimal totalCost, BigDecimal costOfCredit) {
}
