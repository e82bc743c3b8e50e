package io.forecourt.sales.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the catalog as one check needs it. The catalog is dozens of rows, so each check
 * reads it whole rather than caching: a price list change applies to the next check on
 * every instance.
 */
@Component
class CatalogSnapshots {

	private final CatalogItems items;

	private final CatalogRules rules;

	private final CatalogPrices prices;

	private final Clock clock;

	private final ZoneId zone;

	CatalogSnapshots(CatalogItems items, CatalogRules rules, CatalogPrices prices, Clock clock,
			@Value("${forecourt.sales.catalog.zone:Asia/Shanghai}") ZoneId zone) {
		this.items = items;
		this.rules = rules;
		this.prices = prices;
		this.clock = clock;
		this.zone = zone;
	}

	/** Today where the price lists apply (China time). */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	CatalogSnapshot on(@Nullable LocalDate day) {
		LocalDate pricingDay = day == null ? today() : day;
		Map<String, CatalogItem> all = this.items.findAll()
			.stream()
			.collect(Collectors.toMap(CatalogItem::code, Function.identity()));
		return new CatalogSnapshot(all, this.rules.findAll(), this.prices.validOn(pricingDay), pricingDay);
	}

}
