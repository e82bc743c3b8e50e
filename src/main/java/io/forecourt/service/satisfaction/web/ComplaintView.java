package io.forecourt.service.satisfaction.web;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.service.satisfaction.Complaint;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as the API shows it; {@code escalated} is true from level 1, and
 * {@code nextDeadline} is what the desk races against (the SLA, then level 2's due).
 */
record ComplaintView(UUID id, UUID surveyId, UUID repairOrderId, UUID dealerId, UUID customerId, int score,
		@Nullable String comment, String status, boolean escalated, int escalationLevel, Instant openedAt,
		Instant dueAt, @Nullable Instant escalatedAt, @Nullable Instant escalationDueAt, @Nullable Instant nextDeadline,
		@Nullable String response, @Nullable Instant respondedAt, @Nullable String respondedBy,
		@Nullable String resolution, @Nullable Instant resolvedAt, @Nullable String resolvedBy) {

	static ComplaintView of(Complaint c) {
		return new ComplaintView(c.id(), c.surveyId(), c.repairOrderId(), c.dealerId(), c.customerId(), c.score(),
				c.comment(), c.status().name(), c.escalated(), c.escalationLevel(), c.openedAt(), c.dueAt(),
				c.escalatedAt(), c.escalationDueAt(), c.nextDeadline(), c.response(), c.respondedAt(), c.respondedBy(),
				c.resolution(), c.resolvedAt(), c.resolvedBy());
	}

}
