package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A defeated lead was taken out of the reactivation pool. Reactivated by HQ it is back in
 * the HQ pool (status NEW, no dealer) to be routed; by the dealer's manager it stays with
 * the dealer and is assigned again ({@link LeadAssigned} with reason REACTIVATED).
 *
 * @param dealerId the dealer holding it now, null when it went to the HQ pool
 * @param previousDealerId the dealer that lost it
 */
@Externalized("forecourt.events::leads.lead.reactivated")
public record LeadReactivated(UUID leadId, UUID customerId, @Nullable UUID dealerId, @Nullable UUID previousDealerId,
		Instant reactivatedAt) {
}
