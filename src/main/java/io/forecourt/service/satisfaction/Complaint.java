package io.forecourt.service.satisfaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A complaint a low satisfaction score opened.
 *
 * @param dueAt the first response is due by then (the SLA)
 * @param escalationLevel 0 none, 1 the dealer's manager told, 2 headquarters told
 * @param escalationDueAt when level 2 follows if nobody responds (set at level 1)
 */
public record Complaint(UUID id, UUID surveyId, UUID repairOrderId, UUID dealerId, UUID customerId, int score,
		@Nullable String comment, ComplaintStatus status, Instant openedAt, Instant dueAt, int escalationLevel,
		@Nullable Instant escalatedAt, @Nullable Instant escalationDueAt, @Nullable String response,
		@Nullable Instant respondedAt, @Nullable String respondedBy, @Nullable String resolution,
		@Nullable Instant resolvedAt, @Nullable String resolvedBy) {

	public boolean escalated() {
		return this.escalationLevel > 0;
	}

	/** Whether the first response is overdue now. */
	public boolean overdueAt(Instant now) {
		return this.status == ComplaintStatus.OPEN && !now.isBefore(this.dueAt);
	}

	/** The deadline the console counts down to: the SLA, or the next level's. */
	public @Nullable Instant nextDeadline() {
		if (this.status != ComplaintStatus.OPEN) {
			return null;
		}
		return this.escalationLevel == 1 ? this.escalationDueAt : this.escalationLevel == 0 ? this.dueAt : null;
	}

}
