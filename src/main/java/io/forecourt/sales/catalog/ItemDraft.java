package io.forecourt.sales.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A catalog item as HQ sends it, before it is checked. On a change, {@code code},
 * {@code kind} and {@code modelCode} are ignored: they never change.
 */
public record ItemDraft(@Nullable String code, @Nullable String kind, @Nullable String modelCode,
		@Nullable String nameZh, @Nullable String nameEn, @Nullable String powertrain, @Nullable String bodyType,
		@Nullable String colourHex, boolean active, int sortOrder) {
}
