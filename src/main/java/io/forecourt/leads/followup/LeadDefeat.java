package io.forecourt.leads.followup;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

/**
 * A consultant's proposal to give a lead up, and the manager's decision.
 *
 * @param priorStatus where the lead goes back to if the proposal is returned
 * @param decisionNote the manager's note (required to return a proposal)
 */
public record LeadDefeat(UUID id, UUID leadId, @Nullable UUID dealerId, String reasonCode, @Nullable String note,
		LeadStatus priorStatus, String proposedBy, Instant proposedAt, DefeatDecision decision,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote) {
}
