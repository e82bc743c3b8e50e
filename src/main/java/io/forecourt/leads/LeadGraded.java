package io.forecourt.leads;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A lead got a grade (the first one at capture).
 *
 * @param customerId the lead's customer, so the grade shows on their timeline
 */
@Externalized("forecourt.events::leads.lead.graded")
public record LeadGraded(UUID leadId, UUID customerId, LeadGrade grade, int score, Instant gradedAt) {
}
