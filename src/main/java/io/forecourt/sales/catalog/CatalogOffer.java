package io.forecourt.sales.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the public configurator may show on a day: the active items, their MSRPs (never
 * the dealer prices) and the rules, so the brand website can render its choices.
 */
public record CatalogOffer(LocalDate day, List<CatalogItem> items, Map<String, BigDecimal> msrp,
		List<CatalogRule> rules) {

	public CatalogOffer {
		items = List.copyOf(items);
		msrp = Map.copyOf(msrp);
		rules = List.copyOf(rules);
	}

}
