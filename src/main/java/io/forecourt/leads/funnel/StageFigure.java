package io.forecourt.leads.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How many leads got at least as far as a stage, and the conversion to it.
 *
 * @param rateFromPrevious the share of the previous stage's leads that got this far, as a
 * decimal rounded half-up to 4 places (0.4167 is 41.67%); {@code null} for
 * {@link FunnelStage#CAPTURED} and when the previous stage is empty
 * @param rateFromCapture the share of all captured leads that got this far; {@code null}
 * when nothing was captured
 */
public record StageFigure(FunnelStage stage, long count, @Nullable BigDecimal rateFromPrevious,
		@Nullable BigDecimal rateFromCapture) {

	/** Decimal places of a rate: hundredths of a percent. */
	static final int RATE_SCALE = 4;

	static @Nullable BigDecimal rate(long count, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_UP);
	}

}
