package io.forecourt.sales.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog as one configuration check sees it: every item, every rule and the prices
 * valid on the pricing day, read together so the check is consistent.
 */
record CatalogSnapshot(Map<String, CatalogItem> items, List<CatalogRule> rules, Map<String, Price> prices,
		LocalDate day) {

	CatalogSnapshot {
		items = Map.copyOf(items);
		rules = List.copyOf(rules);
		prices = Map.copyOf(prices);
	}

	Optional<CatalogItem> item(String code) {
		return Optional.ofNullable(this.items.get(code));
	}

	CatalogItem require(String code) {
		CatalogItem item = this.items.get(code);
		if (item == null) {
			throw new IllegalStateException("No catalog item " + code);
		}
		return item;
	}

}
