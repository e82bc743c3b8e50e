package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A new lead was kept (a duplicate adds a source to an existing lead and publishes
 * nothing).
 *
 * @param customerId the customer One ID resolved; null for invalid and junk leads
 * @param capturedAt when it arrived, for entries that must be recorded once
 */
@Externalized("forecourt.events::leads.lead.captured")
public record LeadCaptured(UUID leadId, @Nullable UUID customerId, String channel, String brand, LeadStatus status,
		Instant capturedAt) {
}
