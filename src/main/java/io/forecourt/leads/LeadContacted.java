package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * The dealer made its first contact attempt on an assigned lead (首次响应): the SLA clock
 * stopped and the lead is being followed up.
 *
 * @param kind CALL, WECHAT, VISIT or TEST_DRIVE
 * @param outcome what the attempt gave, e.g. REACHED or NO_ANSWER: an attempt counts
 * whether or not the customer answered
 * @param withinSla whether the attempt came inside the first window, before any breach
 * @param contactedAt when the attempt happened
 */
@Externalized("forecourt.events::leads.lead.contacted")
public record LeadContacted(UUID leadId, UUID customerId, UUID dealerId, @Nullable UUID consultantId, String kind,
		String outcome, boolean withinSla, Instant contactedAt) {
}
