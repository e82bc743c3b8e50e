package io.forecourt.leads.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up as staff log it; kind and outcome are names of {@link FollowUpKind} and
 * {@link FollowUpOutcome}, checked together.
 *
 * @param outcome required except for a note
 * @param occurredAt when it happened; now when absent
 * @param nextActionAt when to follow up next, if planned
 */
public record NewFollowUp(@Nullable String kind, @Nullable String outcome, @Nullable String note,
		@Nullable Instant occurredAt, @Nullable Instant nextActionAt) {
}
