package io.forecourt.leads.capture;

import java.util.UUID;

import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a channel learns about the lead it sent: kept as a new lead, flagged as invalid or
 * junk (with the reason), or attached to an open lead as a duplicate.
 */
public record CaptureResult(UUID leadId, LeadStatus status, @Nullable String reason, boolean duplicate,
		@Nullable LeadGrade grade, @Nullable Integer score) {
}
