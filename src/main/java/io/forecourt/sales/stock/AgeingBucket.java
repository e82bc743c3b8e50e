package io.forecourt.sales.stock;

import org.jspecify.annotations.Nullable;

/**
 * How long a car has stood at its dealer, in the bands dealer managers and HQ watch (库龄):
 * past 90 days a car costs the dealer real money in floor-plan interest and depreciation.
 */
public enum AgeingBucket {

	DAYS_0_30(0, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90), DAYS_OVER_90(91, null);

	private final int minDays;

	private final @Nullable Integer maxDays;

	AgeingBucket(int minDays, @Nullable Integer maxDays) {
		this.minDays = minDays;
		this.maxDays = maxDays;
	}

	public int minDays() {
		return this.minDays;
	}

	/** Null for the open-ended last band. */
	public @Nullable Integer maxDays() {
		return this.maxDays;
	}

	public static AgeingBucket of(long daysInStock) {
		for (AgeingBucket bucket : values()) {
			if (bucket.maxDays == null || daysInStock <= bucket.maxDays) {
				return bucket;
			}
		}
		throw new IllegalStateException("unreachable");
	}

}
