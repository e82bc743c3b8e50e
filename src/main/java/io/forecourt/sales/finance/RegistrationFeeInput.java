package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A registration fee estimate as HQ writes it.
 *
 * @param cityCode a GB/T 2260 city code, or null for the default; fixed once created
 */
public record RegistrationFeeInput(@Nullable String cityCode, @Nullable BigDecimal amount, @Nullable String description,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
}
