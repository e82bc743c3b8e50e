package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** The dealer gave a complaint its first response; escalation stops. */
@Externalized("forecourt.events::service.complaint.responded")
public record ComplaintResponded(UUID complaintId, UUID dealerId, UUID customerId, boolean withinSla,
		Instant respondedAt) {
}
