package io.forecourt.sales.catalog;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The choices of a configuration as a buyer or consultant sent them, before they are
 * checked: any of them may be missing or name nothing in the catalog.
 *
 * @param pricingDate the day whose price lists apply; today (China time) when null
 */
public record Selection(@Nullable String modelCode, @Nullable String trimCode, @Nullable String exteriorColourCode,
		@Nullable String interiorColourCode, List<String> packageCodes, List<String> accessoryCodes,
		@Nullable LocalDate pricingDate) {

	/** At most this many packages, and as many accessories, in one configuration. */
	public static final int MAX_OPTIONS = 30;

	public Selection {
		packageCodes = packageCodes == null ? List.of() : List.copyOf(packageCodes);
		accessoryCodes = accessoryCodes == null ? List.of() : List.copyOf(accessoryCodes);
	}

}
