package io.forecourt.service.parts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What callers send to the part master and dealer stock, as they send it: every field may
 * be missing or wrong, and the services say which.
 */
public final class PartRequests {

	private PartRequests() {
	}

	/**
	 * A new part of the master.
	 *
	 * @param listPrice yuan, two decimals at most
	 * @param validFrom the day the price takes effect: today when left out, never earlier
	 * @param supersededBy an existing part that replaces this one
	 */
	public record NewPart(@Nullable String partNumber, @Nullable String nameZh, @Nullable String nameEn,
			@Nullable String unit, @Nullable BigDecimal listPrice, @Nullable LocalDate validFrom,
			@Nullable String supersededBy) {
	}

	/**
	 * Changes to a part: fields left out stay as they are.
	 *
	 * @param supersededBy the replacing part, or an empty string to clear it
	 */
	public record PartChange(@Nullable String nameZh, @Nullable String nameEn, @Nullable String unit,
			@Nullable String supersededBy) {
	}

	/**
	 * A list price from a day on (today when left out; never a day already past).
	 */
	public record NewPrice(@Nullable BigDecimal listPrice, @Nullable LocalDate validFrom) {
	}

	/**
	 * How a dealer keeps a part: the available quantity below which it is reordered, how
	 * many to order then, and where it lies. Fields left out stay as they are (0, 0 and
	 * none for a part the dealer did not stock yet); an empty bin location clears it.
	 */
	public record StockSettings(@Nullable Integer reorderPoint, @Nullable Integer reorderQuantity,
			@Nullable String binLocation) {
	}

	/**
	 * Goods received at a dealer: one delivery note, one line per part.
	 *
	 * @param deliveryNote the supplier's delivery note number, optional
	 */
	public record NewReceipt(@Nullable String deliveryNote, @Nullable List<ReceiptLine> lines) {
	}

	/**
	 * @param binLocation where the goods are put away; sets the part's bin when given
	 */
	public record ReceiptLine(@Nullable String partNumber, @Nullable Integer quantity, @Nullable String binLocation) {
	}

	/**
	 * A stocktake: what was counted on the shelf, and why it differs.
	 *
	 * @param expectedOnHand the on-hand figure the count was made against (as the
	 * stocktake sheet showed it); when given and the stock moved since, nothing is
	 * changed and the count must be repeated
	 */
	public record Adjustment(@Nullable Integer countedOnHand, @Nullable Integer expectedOnHand, @Nullable String reason,
			@Nullable String note) {
	}

}
