package io.forecourt.sales.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A selection whose every code names an item of the right kind: what the rules are then
 * checked against.
 */
record Choices(CatalogItem model, CatalogItem trim, CatalogItem exterior, CatalogItem interior,
		List<CatalogItem> packages, List<CatalogItem> accessories) {

	Choices {
		packages = List.copyOf(packages);
		accessories = List.copyOf(accessories);
	}

	/** Every chosen item but the model, in the order of a priced configuration. */
	List<CatalogItem> chosen() {
		List<CatalogItem> chosen = new ArrayList<>();
		chosen.add(this.trim);
		chosen.add(this.exterior);
		chosen.add(this.interior);
		chosen.addAll(this.packages);
		chosen.addAll(this.accessories);
		return chosen;
	}

}
