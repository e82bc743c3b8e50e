package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The first year's insurance of one car, in yuan.
 *
 * @param compulsory 交强险
 * @param commercial the commercial estimate: base + rate × vehicle price
 * @param total compulsory + commercial
 */
public record InsuranceEstimate(BigDecimal vehiclePrice, int seats, BigDecimal compulsory, BigDecimal commercial,
		BigDecimal total, UUID ruleId, String description) {
}
