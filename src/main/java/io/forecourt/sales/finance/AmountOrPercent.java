package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A part of the vehicle price given either as yuan or as a percentage of the price: a
 * down payment (首付 30%), a balloon or a residual value. Exactly one of the two is set.
 *
 * @param amount yuan, two decimals at most
 * @param percent of the vehicle price, 0–100
 */
public record AmountOrPercent(@Nullable BigDecimal amount, @Nullable BigDecimal percent) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public AmountOrPercent {
		if ((amount == null) == (percent == null)) {
			throw new IllegalArgumentException("give either an amount or a percent");
		}
	}

	public static AmountOrPercent amount(BigDecimal amount) {
		return new AmountOrPercent(amount, null);
	}

	public static AmountOrPercent percent(BigDecimal percent) {
		return new AmountOrPercent(null, percent);
	}

	public static AmountOrPercent none() {
		return amount(BigDecimal.ZERO);
	}

	/**
	 * The yuan this stands for on a vehicle of {@code price}, rounded half up to the fen.
	 */
	public BigDecimal of(BigDecimal price) {
		if (this.amount != null) {
			return this.amount.setScale(2, RoundingMode.HALF_UP);
		}
		return price.multiply(this.percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	@Override
	public String toString() {
		return this.amount != null ? this.amount.toPlainString() : this.percent.toPlainString() + "%";
	}

}
