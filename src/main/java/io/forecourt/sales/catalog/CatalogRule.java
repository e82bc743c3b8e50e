package io.forecourt.sales.catalog;

import java.time.Instant;

/** One rule between two catalog items; see {@link RuleType} for what each type means. */
public record CatalogRule(long id, RuleType type, String subjectCode, String objectCode, Instant createdAt,
		String createdBy) {
}
