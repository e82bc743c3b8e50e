package io.forecourt.sales.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of an item's price history, never changed once added. Its period runs from
 * {@code validFrom} to {@code validUntil} (inclusive), or on without end; a day is priced
 * by the row with the latest start whose period holds it, so a limited-time price lies
 * over the list price, and the list price returns when it ends.
 *
 * @param msrp the manufacturer's suggested retail price (厂商指导价), yuan
 * @param dealerPrice what the dealer pays the manufacturer, yuan, at most the MSRP
 */
public record Price(long id, String itemCode, LocalDate validFrom, @Nullable LocalDate validUntil, BigDecimal msrp,
		BigDecimal dealerPrice, Instant createdAt, String createdBy) {

	/** Whether the day lies in this row's period. */
	boolean coversDay(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validUntil == null || !this.validUntil.isBefore(day));
	}

}
