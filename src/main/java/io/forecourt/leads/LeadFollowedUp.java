package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * Staff logged a follow-up on a lead (a call, a WeChat message, a store visit, a test
 * drive or a note).
 *
 * @param nextActionAt when the next follow-up is planned, if one is
 */
@Externalized("forecourt.events::leads.lead.followed-up")
public record LeadFollowedUp(UUID leadId, UUID customerId, UUID followUpId, String kind, String outcome,
		Instant occurredAt, @Nullable Instant nextActionAt) {
}
