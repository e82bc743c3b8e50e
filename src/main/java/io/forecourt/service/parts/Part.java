package io.forecourt.service.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A part of the OEM's part master, with its list price today.
 *
 * @param supersededBy the part number that replaces this one, if any: the old number's
 * remaining stock is still used up
 * @param listPrice yuan, the price in force today (null only while the first price is
 * still to take effect)
 * @param priceValidFrom the day that price took effect
 */
public record Part(String partNumber, String nameZh, String nameEn, PartUnit unit, @Nullable String supersededBy,
		@Nullable BigDecimal listPrice, @Nullable LocalDate priceValidFrom, long version, Instant createdAt,
		Instant updatedAt) {

	/** The name in the viewer's language (Chinese for zh, English otherwise). */
	public String name(java.util.Locale locale) {
		return locale.getLanguage().equals("zh") ? this.nameZh : this.nameEn;
	}

}
