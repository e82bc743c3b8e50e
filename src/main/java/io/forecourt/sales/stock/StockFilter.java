package io.forecourt.sales.stock;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a stock listing keeps; absent values keep everything.
 *
 * @param inTransit true for cars on their way, false for cars at their dealer
 * @param ageing cars standing at their dealer (not delivered) in this band
 * @param minDaysInStock cars standing at their dealer at least this many days
 * @param vin a whole VIN or a part of one (the last six digits, as dealers say them)
 */
public record StockFilter(@Nullable UUID dealerId, @Nullable String modelCode, @Nullable String trimCode,
		@Nullable StockStatus status, @Nullable Boolean inTransit, @Nullable AgeingBucket ageing,
		@Nullable Integer minDaysInStock, @Nullable String vin) {

	public static StockFilter none() {
		return new StockFilter(null, null, null, null, null, null, null, null);
	}

}
