package io.forecourt.leads.sla;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Something a dealer's managers should act on, until one of them reads it. */
public record LeadAlert(UUID id, UUID dealerId, UUID leadId, LeadAlertKind kind, String message, Instant createdAt,
		@Nullable Instant readAt) {
}
