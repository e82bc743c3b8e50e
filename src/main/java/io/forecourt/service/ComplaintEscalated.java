package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A complaint's first response is overdue: level 1 tells the dealer's manager, level 2
 * (still no response by the level's own due time) headquarters. Published once per level;
 * the notification channels act on {@code recipient}.
 *
 * @param recipient {@code DEALER_MANAGER} (level 1) or {@code HQ} (level 2)
 * @param nextDueAt when level 2 follows if nobody responds; null at level 2
 */
@Externalized("forecourt.events::service.complaint.escalated")
public record ComplaintEscalated(UUID complaintId, UUID dealerId, UUID customerId, int level, String recipient,
		Instant dueAt, @Nullable Instant nextDueAt, Instant escalatedAt) {
}
