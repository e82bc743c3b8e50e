package io.forecourt.sales.quotes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * The discount a dealer's consultants may give on their own: at most {@code maxAmount}
 * yuan and at most {@code maxPercent} of the MSRP. Above it, the dealer manager approves.
 *
 * @param configured false when the dealer has no limit of its own and the default applies
 */
public record DiscountLimit(UUID dealerId, BigDecimal maxAmount, BigDecimal maxPercent, boolean configured,
		long version) {

	/** Whether a consultant may give this discount on this MSRP without approval. */
	public boolean allows(BigDecimal discount, BigDecimal msrp) {
		return discount.compareTo(this.maxAmount) <= 0 && discount.compareTo(ceiling(msrp)) <= 0;
	}

	/** The largest discount allowed on this MSRP without approval, to the fen. */
	public BigDecimal ceiling(BigDecimal msrp) {
		BigDecimal byShare = msrp.multiply(this.maxPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
		return byShare.min(this.maxAmount).setScale(2, RoundingMode.DOWN);
	}

}
