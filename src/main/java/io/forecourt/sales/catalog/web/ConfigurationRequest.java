package io.forecourt.sales.catalog.web;

import java.time.LocalDate;
import java.util.List;

import io.forecourt.sales.catalog.Selection;
import org.jspecify.annotations.Nullable;

/**
 * The choices of a configuration as API clients send them.
 *
 * @param pricingDate the day whose price lists apply (default today, China time); the
 * public configurator always prices today
 */
record ConfigurationRequest(@Nullable String modelCode, @Nullable String trimCode, @Nullable String exteriorColourCode,
		@Nullable String interiorColourCode, @Nullable List<String> packageCodes, @Nullable List<String> accessoryCodes,
		@Nullable LocalDate pricingDate) {

	Selection selection() {
		return new Selection(this.modelCode, this.trimCode, this.exteriorColourCode, this.interiorColourCode,
				this.packageCodes == null ? List.of() : this.packageCodes,
				this.accessoryCodes == null ? List.of() : this.accessoryCodes, this.pricingDate);
	}

}
