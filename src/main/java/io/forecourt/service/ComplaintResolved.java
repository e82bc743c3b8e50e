package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A complaint was settled: {@code RESOLVED} (the owner's problem fixed) or {@code CLOSED}
 * (closed without a fix, e.g. the owner did not want one).
 */
@Externalized("forecourt.events::service.complaint.resolved")
public record ComplaintResolved(UUID complaintId, UUID dealerId, UUID customerId, String status, String resolution,
		Instant resolvedAt) {
}
