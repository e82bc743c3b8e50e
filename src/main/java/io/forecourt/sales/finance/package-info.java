/**
 * Car finance for quotes: the loan and lease calculator ({@link FinanceCalculator}) and
 * the cost tables a quote adds to the car's price ({@link QuoteCosts}: purchase tax,
 * registration, insurance), which HQ maintains as data with validity periods.
 */
@NullMarked
package io.forecourt.sales.finance;

import org.jspecify.annotations.NullMarked;
