package io.forecourt.leads.grading;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What grading looks at.
 *
 * @param budget what the person says they will spend, in yuan
 * @param recentActivity the person's interactions in the last 30 days (visits, clicks,
 * earlier leads)
 */
public record LeadFacts(PurchaseTimeframe purchaseTimeframe, boolean testDriveRequested, @Nullable BigDecimal budget,
		@Nullable String modelOfInterest, String channel, int recentActivity) {
}
