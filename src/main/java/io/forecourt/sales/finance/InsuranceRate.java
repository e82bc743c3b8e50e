package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The first-year insurance estimate for cars of {@code minSeats}–{@code maxSeats} seats:
 * 交强险 (compulsory) plus a commercial estimate of base + a percentage of the price.
 */
public record InsuranceRate(UUID id, int minSeats, int maxSeats, BigDecimal compulsoryPremium,
		BigDecimal commercialBase, BigDecimal commercialRatePercent, String description, ValidityPeriod validity,
		long version, Instant updatedAt) {

	public boolean seats(int seats) {
		return seats >= this.minSeats && seats <= this.maxSeats;
	}

}
