package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A low satisfaction score opened a complaint; the dealer owes a first response by
 * {@code dueAt}.
 */
@Externalized("forecourt.events::service.complaint.opened")
public record ComplaintOpened(UUID complaintId, UUID repairOrderId, UUID dealerId, UUID customerId, int score,
		@Nullable String comment, Instant dueAt, Instant openedAt) {
}
