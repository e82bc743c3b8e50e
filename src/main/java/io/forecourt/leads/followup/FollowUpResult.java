package io.forecourt.leads.followup;

import java.time.Instant;

import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

/**
 * A logged follow-up and where it left the lead.
 *
 * @param firstContact whether this was the dealer's first response, which stopped the SLA
 * clock
 * @param slaDueAt the first-contact deadline still running, if any
 */
public record FollowUpResult(FollowUp followUp, LeadStatus leadStatus, boolean firstContact, @Nullable Instant slaDueAt,
		@Nullable Instant contactedAt, @Nullable Instant nextActionAt) {
}
