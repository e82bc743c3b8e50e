package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A dealer manager approved giving up a lead (战败): it is graded F and waits in the
 * reactivation pool.
 *
 * @param reasonCode why it was lost, a code of the defeat reasons HQ maintains, e.g.
 * {@code BOUGHT_COMPETITOR}
 */
@Externalized("forecourt.events::leads.lead.defeated")
public record LeadDefeated(UUID leadId, UUID customerId, UUID dealerId, UUID defeatId, String reasonCode,
		Instant defeatedAt) {
}
