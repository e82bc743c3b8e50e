package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A dealer missed the first-contact deadline of a lead for the first time: its managers
 * were alerted and it has a second window; missing that one reclaims the lead
 * ({@link LeadReclaimed}).
 *
 * @param dueAt the deadline that was missed
 * @param nextDueAt the end of the second window
 */
@Externalized("forecourt.events::leads.lead.sla-breached")
public record LeadSlaBreached(UUID leadId, UUID customerId, UUID dealerId, @Nullable UUID consultantId,
		int breachNumber, Instant dueAt, Instant nextDueAt, Instant detectedAt) {
}
