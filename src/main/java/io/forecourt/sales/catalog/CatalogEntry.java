package io.forecourt.sales.catalog;

import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;

/**
 * What the sibling parts of the sales center need to know about one catalog code.
 *
 * @param nameZh for a trim the model's name and the trim's, e.g. {@code 华夏 E5 长续航版}
 * @param modelCode for a trim its model, for a model itself; null for options
 * @param powertrain for a model or trim the model's; null for options
 * @param active whether it can be chosen in a new configuration
 */
public record CatalogEntry(String code, ChoiceKind kind, @Nullable String modelCode, String nameZh, String nameEn,
		@Nullable Powertrain powertrain, boolean active) {
}
