package io.forecourt.sales.catalog.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.forecourt.sales.catalog.CatalogItem;
import io.forecourt.sales.catalog.ChoiceKind;
import io.forecourt.sales.catalog.Price;
import org.jspecify.annotations.Nullable;

/**
 * What the configure screen offers: the active items of each kind, the trims of the
 * chosen model, and today's MSRPs to show beside them. Fills in what the form left open
 * (the first model, its first trim, the first colours), so a fresh screen shows a priced
 * car at once.
 */
record ConfiguratorChoices(List<CatalogItem> models, List<CatalogItem> trims, List<CatalogItem> exteriors,
		List<CatalogItem> interiors, List<CatalogItem> packages, List<CatalogItem> accessories,
		Map<String, Price> prices, ConfiguratorForm form) {

	static ConfiguratorChoices of(List<CatalogItem> items, Map<String, Price> prices, ConfiguratorForm sent) {
		List<CatalogItem> active = items.stream().filter(CatalogItem::active).toList();
		List<CatalogItem> models = ofKind(active, ChoiceKind.MODEL);
		String model = pick(sent.model(), models);
		List<CatalogItem> trims = ofKind(active, ChoiceKind.TRIM).stream()
			.filter(t -> t.modelCode() != null && t.modelCode().equals(model))
			.toList();
		List<CatalogItem> exteriors = ofKind(active, ChoiceKind.EXTERIOR_COLOUR);
		List<CatalogItem> interiors = ofKind(active, ChoiceKind.INTERIOR_COLOUR);
		ConfiguratorForm form = new ConfiguratorForm(model, pick(sent.trim(), trims), pick(sent.exterior(), exteriors),
				pick(sent.interior(), interiors), sent.packageCodes(), sent.accessoryCodes());
		return new ConfiguratorChoices(models, trims, exteriors, interiors, ofKind(active, ChoiceKind.PACKAGE),
				ofKind(active, ChoiceKind.ACCESSORY), prices, form);
	}

	/** Today's MSRP of an item, or null when it has none. */
	public @Nullable BigDecimal msrp(String code) {
		Price price = this.prices.get(code);
		return price == null ? null : price.msrp();
	}

	private static List<CatalogItem> ofKind(List<CatalogItem> items, ChoiceKind kind) {
		return items.stream().filter(item -> item.kind() == kind).toList();
	}

	/** The sent code if it is on offer, else the first on offer. */
	private static @Nullable String pick(@Nullable String sent, List<CatalogItem> offered) {
		return offered.stream()
			.map(CatalogItem::code)
			.filter(code -> code.equals(sent))
			.findFirst()
			.orElse(offered.isEmpty() ? null : offered.get(0).code());
	}

}
