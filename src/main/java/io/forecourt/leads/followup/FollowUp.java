package io.forecourt.leads.followup;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One follow-up of a lead, as logged.
 *
 * @param staffId the staff member who logged it; null for HQ users
 * @param occurredAt when it happened (it may be logged later)
 * @param recordedBy the user who logged it
 */
public record FollowUp(UUID id, UUID leadId, @Nullable UUID staffId, FollowUpKind kind, FollowUpOutcome outcome,
		@Nullable String note, @Nullable Instant nextActionAt, Instant occurredAt, String recordedBy,
		Instant recordedAt) {
}
