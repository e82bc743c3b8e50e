package io.forecourt.service.parts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dealer's stock of one part.
 *
 * @param onHand on the shelf
 * @param reserved held by repair orders (part of on hand)
 * @param reorderPoint the available quantity below which the part is reordered (0: never)
 * @param reorderQuantity how many to order then
 * @param lowSince when available last fell below the reorder point, while it still is
 * @param version changes people made to the settings (If-Match of the settings)
 */
public record StockLevel(UUID dealerId, String partNumber, String nameZh, String nameEn, PartUnit unit,
		@Nullable String supersededBy, int onHand, int reserved, int reorderPoint, int reorderQuantity,
		@Nullable String binLocation, @Nullable Instant lowSince, long version, Instant updatedAt) {

	/** On hand and not held by a repair order: what can still be reserved. */
	public int available() {
		return this.onHand - this.reserved;
	}

	/** Whether the available quantity is below the reorder point. */
	public boolean low() {
		return available() < this.reorderPoint;
	}

	public String name(Locale locale) {
		return locale.getLanguage().equals("zh") ? this.nameZh : this.nameEn;
	}

}
