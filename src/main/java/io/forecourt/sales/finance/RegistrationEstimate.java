package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.util.UUID;

import io.forecourt.kernel.geo.CityCode;

/**
 * What registering a car in a city is expected to cost.
 *
 * @param cityRate whether the city has its own rate (false: the default applied)
 */
public record RegistrationEstimate(CityCode city, BigDecimal amount, boolean cityRate, UUID ruleId,
		String description) {
}
