package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An insurance estimate rate for a seat band as HQ writes it. */
public record InsuranceRateInput(@Nullable Integer minSeats, @Nullable Integer maxSeats,
		@Nullable BigDecimal compulsoryPremium, @Nullable BigDecimal commercialBase,
		@Nullable BigDecimal commercialRatePercent, @Nullable String description, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo) {
}
