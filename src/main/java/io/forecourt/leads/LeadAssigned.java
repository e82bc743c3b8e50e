package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A lead changed hands: routed to a dealer (and consultant), re-assigned by a manager or
 * HQ, or reactivated.
 *
 * @param consultantId null when the dealer has no active consultant yet and its manager
 * must assign one
 * @param reason ROUTED, REASSIGNED or REACTIVATED
 * @param firstContactDue when the dealer must have made first contact (the SLA)
 */
@Externalized("forecourt.events::leads.lead.assigned")
public record LeadAssigned(UUID leadId, UUID customerId, UUID dealerId, @Nullable UUID consultantId, String reason,
		@Nullable Instant firstContactDue, Instant assignedAt) {
}
