package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.geo.CityCode;
import org.jspecify.annotations.Nullable;

/**
 * The 上牌 estimate for one city, or the default for every city without its own row.
 *
 * @param city null for the default
 */
public record RegistrationFee(UUID id, @Nullable CityCode city, BigDecimal amount, String description,
		ValidityPeriod validity, long version, Instant updatedAt) {
}
