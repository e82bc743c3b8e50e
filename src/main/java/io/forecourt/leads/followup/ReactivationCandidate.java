package io.forecourt.leads.followup;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A defeated lead in the reactivation pool.
 *
 * @param phone masked; the lead itself shows it to those allowed to see it
 * @param reasonCode why it was lost
 * @param daysDefeated whole days since the defeat was approved
 */
public record ReactivationCandidate(UUID leadId, @Nullable UUID customerId, @Nullable UUID dealerId, String brand,
		String channel, @Nullable String name, @Nullable String phone, @Nullable String modelOfInterest,
		@Nullable String reasonCode, Instant defeatedAt, long daysDefeated) {
}
