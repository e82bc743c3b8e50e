package io.forecourt.sales.catalog.web;

import java.time.Instant;

import io.forecourt.sales.catalog.CatalogItem;
import org.jspecify.annotations.Nullable;

/** A catalog item as the API shows it; its ETag is its version. */
record ItemView(String code, String kind, @Nullable String modelCode, String nameZh, String nameEn,
		@Nullable String powertrain, @Nullable String bodyType, @Nullable String colourHex, boolean active,
		int sortOrder, long version, Instant updatedAt) {

	static ItemView of(CatalogItem item) {
		return new ItemView(item.code(), item.kind().name(), item.modelCode(), item.nameZh(), item.nameEn(),
				item.powertrain() == null ? null : item.powertrain().name(), item.bodyType(), item.colourHex(),
				item.active(), item.sortOrder(), item.version(), item.updatedAt());
	}

}
