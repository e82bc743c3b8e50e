package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A dealer missed the first-contact deadline twice and lost the lead (线索回收): it is back
 * in the HQ pool (status NEW) to be routed again, to another dealer.
 *
 * @param dealerId the dealer that lost it
 * @param consultantId the consultant who held it, if any
 * @param reclaims how often this lead has been reclaimed so far
 */
@Externalized("forecourt.events::leads.lead.reclaimed")
public record LeadReclaimed(UUID leadId, UUID customerId, UUID dealerId, @Nullable UUID consultantId, int reclaims,
		Instant reclaimedAt) {
}
